package org.casebridge.platform.projection;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;
import org.casebridge.contracts.Topic;
import org.casebridge.platform.consumer.ExchangeConsumers;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.integrity.VerifiedEvent;
import org.casebridge.platform.integrity.VerifyingDeserializer;
import org.casebridge.platform.metrics.ExchangeMetrics;
import org.casebridge.platform.registry.SchemaRegistryClient;
import org.casebridge.platform.serde.AvroDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The listener container of a projection (referrals, leads): one consumer group per service, every event verified
 * (signature, signer, writer type) before it reaches the handler, undecodable or unverifiable records dead-lettered,
 * and each poll's records of a partition applied with their offset in one database transaction
 * ({@link TransactionalApplier}).
 */
public final class ProjectionListeners {

    private static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);

    private ProjectionListeners() {
    }

    /**
     * @param group       the service's consumer group (its application name); also names the container
     * @param metrics     counters, or null
     * @param applied     woken once a record's transaction committed: a command may be waiting for its event
     */
    public static ConcurrentMessageListenerContainer<String, VerifiedEvent> container(
            Topic topic, String group, int concurrency, KafkaProperties kafka, SchemaRegistryClient registry,
            AgencyDirectory directory, OffsetStore offsets, TransactionTemplate transactions,
            RecordHandler<VerifiedEvent> handler, ExchangeMetrics metrics, AppliedEvents<?> applied) {
        Map<String, Object> consumer = new HashMap<>(kafka.buildConsumerProperties());
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        consumer.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        VerifyingDeserializer verifying = new VerifyingDeserializer(
                new AvroDeserializer(registry, Map.of("specific.avro.reader", true), false), registry::schemaById, directory);
        var consumerFactory = ExchangeConsumers.consumerFactory(consumer, verifying);
        var deadLetters = ExchangeConsumers.deadLetterTemplate(kafka.buildProducerProperties());
        var factory = ExchangeConsumers.batchListenerContainerFactory(
                metrics == null ? consumerFactory : metrics.instrument(consumerFactory),
                metrics == null
                        ? ExchangeConsumers.errorHandler(deadLetters, group, ExchangeConsumers.DEFAULT_RETRIES,
                                ExchangeConsumers.DEFAULT_RETRY_INTERVAL)
                        : ExchangeConsumers.errorHandler(deadLetters, group, ExchangeConsumers.DEFAULT_RETRIES,
                                ExchangeConsumers.DEFAULT_RETRY_INTERVAL, metrics));
        factory.setConcurrency(concurrency);
        ConcurrentMessageListenerContainer<String, VerifiedEvent> container = factory.createContainer(topic.topicName());
        container.setBeanName(group + "-" + topic.topicName());
        container.getContainerProperties().setGroupId(group);
        // The offsets that count are the ones stored with the projection (the applier seeks to them on assignment);
        // Kafka's copy only shows lag, so it is committed once a second instead of after every poll, which at a
        // trickle of events was a commit per event per service.
        container.getContainerProperties().setAckMode(ContainerProperties.AckMode.TIME);
        container.getContainerProperties().setAckTime(COMMIT_INTERVAL.toMillis());
        container.getContainerProperties().setConsumerRebalanceListener(new OwnedPartitions(applied));
        container.getContainerProperties().setMessageListener(
                new TransactionalApplier<>(group, offsets, transactions, handler, record -> {
                    if (record.value() != null) {
                        applied.applied(record.value().meta().getEventId().toString());
                    }
                }));
        return container;
    }

    /** Tells the waiting commands which partitions this instance's consumers apply (see {@link AppliedEvents}). */
    private record OwnedPartitions(AppliedEvents<?> applied) implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            applied.assigned(numbers(partitions));
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            applied.revoked(numbers(partitions));
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            applied.revoked(numbers(partitions));
        }

        private static List<Integer> numbers(Collection<TopicPartition> partitions) {
            return partitions.stream().map(TopicPartition::partition).toList();
        }
    }
}
