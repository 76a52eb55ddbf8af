package org.casebridge.node.referral.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * What a rebuild asks the broker about the topic it replays and the service's consumer group, through the admin
 * API; every call bounded. One admin client, made on first use (most services never rebuild) and closed with the
 * application context.
 */
class ConsumedLog implements AutoCloseable {

    private final Map<String, Object> adminConfig;
    private final String topic;
    private final String group;
    private final Duration timeout;
    private Admin admin;

    ConsumedLog(Map<String, Object> adminConfig, String topic, String group, Duration timeout) {
        this.adminConfig = Map.copyOf(adminConfig);
        this.topic = topic;
        this.group = group;
        this.timeout = timeout;
    }

    /** Members of the group still consuming (other instances of the service, once this one stopped). */
    int members() {
        return get(admin().describeConsumerGroups(List.of(group)).describedGroups().get(group)).members().size();
    }

    /** Per partition, the first offset and the end of the log now. */
    List<PartitionRange> ranges() {
        TopicDescription description = get(admin().describeTopics(List.of(topic)).topicNameValues().get(topic));
        List<TopicPartition> partitions = description.partitions().stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        Map<TopicPartition, ListOffsetsResultInfo> earliest = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, ListOffsetsResultInfo> latest = offsets(partitions, OffsetSpec.latest());
        List<PartitionRange> ranges = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            ranges.add(new PartitionRange(topic, partition.partition(), earliest.get(partition).offset(),
                    latest.get(partition).offset()));
        }
        return ranges;
    }

    /**
     * Kafka's committed offsets of the group: they pass records the projection never stores (an undecodable record
     * sent to the dead-letter topic), so progress counts them.
     */
    Map<Integer, Long> committed() {
        Map<TopicPartition, OffsetAndMetadata> committed =
                get(admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        Map<Integer, Long> byPartition = new HashMap<>();
        committed.forEach((partition, offset) -> {
            if (partition.topic().equals(topic) && offset != null) {
                byPartition.put(partition.partition(), offset.offset());
            }
        });
        return byPartition;
    }

    /** Moves the group's committed offsets back to where the replay starts (the group must have no members). */
    void rewind(Collection<PartitionRange> ranges) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        ranges.forEach(range -> offsets.put(new TopicPartition(topic, range.partition()),
                new OffsetAndMetadata(range.start())));
        get(admin().alterConsumerGroupOffsets(group, offsets).all());
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(timeout);
            admin = null;
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(adminConfig);
        }
        return admin;
    }

    private Map<TopicPartition, ListOffsetsResultInfo> offsets(List<TopicPartition> partitions, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        return get(admin().listOffsets(request).all());
    }

    private <T> T get(KafkaFuture<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the broker about " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not answer about " + topic + " and group " + group
                    + " within " + timeout + ": " + e.getMessage(), e);
        }
    }
}
