package org.casebridge.platform.health;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.casebridge.platform.projection.OffsetStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * How far each of the service's projections is behind the log: per consumer group and topic, the records between
 * the offsets the projection stored with its data (the truth, whatever Kafka's committed offsets say; a partition
 * never applied counts from its first record) and the end of each partition. Above {@code maxLag} records it is
 * OUT_OF_SERVICE: a service that far behind cannot answer its own commands within their wait, so readiness takes
 * it out of traffic until it has caught up. UNKNOWN when the broker does not answer (the kafka component says why).
 */
final class ConsumerLagHealthIndicator implements HealthIndicator {

    private final LazyAdmin admin;
    private final Duration timeout;
    private final long maxLag;
    private final AppliedOffsets applied;
    private final Supplier<Map<String, List<String>>> topicsByGroup;

    /**
     * @param applied       the next offset to apply per partition, as a projection stored it with its data
     * @param topicsByGroup the topics each consumer group reads that stores its offsets that way
     */
    ConsumerLagHealthIndicator(LazyAdmin admin, Duration timeout, long maxLag, AppliedOffsets applied,
                               Supplier<Map<String, List<String>>> topicsByGroup) {
        this.admin = admin;
        this.timeout = timeout;
        this.maxLag = maxLag;
        this.applied = applied;
        this.topicsByGroup = topicsByGroup;
    }

    @Override
    public Health health() {
        try {
            Map<String, Map<String, Long>> lags = new TreeMap<>();
            long worst = 0;
            for (Map.Entry<String, List<String>> group : topicsByGroup.get().entrySet()) {
                Map<String, Long> byTopic = new TreeMap<>();
                for (String topic : group.getValue()) {
                    long lag = lag(group.getKey(), topic);
                    byTopic.put(topic, lag);
                    worst = Math.max(worst, lag);
                }
                lags.put(group.getKey(), byTopic);
            }
            Health.Builder health = worst > maxLag ? Health.outOfService() : Health.up();
            return health.withDetail("maxLag", maxLag).withDetail("groups", lags).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unknown(e.toString());
        } catch (TimeoutException e) {
            return unknown("Timed out after " + timeout.toMillis() + " ms waiting for the end offsets");
        } catch (ExecutionException | KafkaException e) {
            return unknown(KafkaHealthIndicator.reasonOf(e));
        }
    }

    private long lag(String group, String topic) throws InterruptedException, ExecutionException, TimeoutException {
        Admin client = admin.get();
        TopicDescription description = client.describeTopics(List.of(topic)).allTopicNames()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(topic);
        List<TopicPartition> partitions = description.partitions().stream()
                .map(partition -> new TopicPartition(topic, partition.partition())).toList();
        Map<TopicPartition, Long> starts = offsetsAt(client, partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> ends = offsetsAt(client, partitions, OffsetSpec.latest());
        Map<Integer, Long> next = applied.nextOffsets(group, topic);
        long lag = 0;
        for (TopicPartition partition : partitions) {
            long position = Math.max(next.getOrDefault(partition.partition(), 0L), starts.get(partition));
            lag += Math.max(0, ends.get(partition) - position);
        }
        return lag;
    }

    private Map<TopicPartition, Long> offsetsAt(Admin client, List<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        var request = partitions.stream().collect(Collectors.toMap(Function.identity(), partition -> spec));
        ListOffsetsOptions options = new ListOffsetsOptions().timeoutMs(Math.toIntExact(timeout.toMillis()));
        return client.listOffsets(request, options).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    /** {@link OffsetStore#nextOffsets}, looked up on each check. */
    @FunctionalInterface
    interface AppliedOffsets {
        Map<Integer, Long> nextOffsets(String group, String topic);
    }

    private static Health unknown(String reason) {
        return Health.unknown().withDetail("reason", reason).build();
    }
}
