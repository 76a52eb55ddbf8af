package org.casebridge.endtoend;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.casebridge.contracts.Topic;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;

/** The {@code referrals} topic on the test class's embedded broker, to prove that a refused command published nothing. */
final class ReferralsTopic {

    private ReferralsTopic() {
    }

    /** The sum of the end offsets of every partition: it moves with every record appended. */
    static long endOffset() throws ExecutionException, InterruptedException {
        String topic = Topic.REFERRALS.topicName();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedKafkaCondition.getBroker().getBrokersAsString()))) {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().size();
            Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, partitions)
                    .mapToObj(partition -> new TopicPartition(topic, partition))
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().values().stream().mapToLong(ListOffsetsResultInfo::offset).sum();
        }
    }
}
