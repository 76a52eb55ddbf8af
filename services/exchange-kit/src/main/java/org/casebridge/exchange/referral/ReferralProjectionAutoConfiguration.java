package org.casebridge.exchange.referral;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.casebridge.contracts.Topic;
import org.casebridge.exchange.command.AppliedEvents;
import org.casebridge.exchange.command.CommandProperties;
import org.casebridge.exchange.consumer.ExchangeConsumers;
import org.casebridge.exchange.directory.AgencyDirectory;
import org.casebridge.exchange.integrity.VerifiedEvent;
import org.casebridge.exchange.integrity.VerifyingDeserializer;
import org.casebridge.exchange.metrics.ExchangeMetrics;
import org.casebridge.exchange.projection.OffsetStore;
import org.casebridge.exchange.projection.TransactionalApplier;
import org.casebridge.exchange.registry.SchemaRegistryClient;
import org.casebridge.exchange.serde.AvroDeserializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every agency service keeps the referral projection: one consumer group per service (its application name)
 * reads {@code referrals}, verifies each event, and applies each poll's events of a partition with their offset
 * in one transaction. Turn off
 * with {@code casebridge.referrals.consumer.enabled=false}.
 */
@AutoConfiguration(after = {JdbcClientAutoConfiguration.class, TransactionAutoConfiguration.class,
        org.casebridge.exchange.metrics.ExchangeMetricsAutoConfiguration.class})
@ConditionalOnBooleanProperty(name = "casebridge.referrals.consumer.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CommandProperties.class)
public final class ReferralProjectionAutoConfiguration {

    private static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);

    @Bean
    @ConditionalOnMissingBean
    ReferralProjection referralProjection(JdbcClient jdbc) {
        return new ReferralProjection(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean
    OffsetStore offsetStore(JdbcClient jdbc) {
        return new OffsetStore(jdbc);
    }

    @Bean
    AppliedEvents<TimelineEntry> appliedReferralEvents(ReferralProjection projection, CommandProperties commands) {
        return new AppliedEvents<>(projection::event, commands.pollInterval());
    }

    /** The listener container, started with the application; its id names the service's consumer group. */
    @Bean
    ConcurrentMessageListenerContainer<String, VerifiedEvent> referralListenerContainer(
            KafkaProperties kafka, SchemaRegistryClient registry, AgencyDirectory directory, OffsetStore offsets,
            ReferralProjection projection, TransactionTemplate transactions, AppliedEvents<TimelineEntry> applied,
            ObjectProvider<ExchangeMetrics> metricsProvider, @Value("${spring.application.name}") String group,
            @Value("${casebridge.referrals.consumer.concurrency:1}") int concurrency) {
        Map<String, Object> consumer = new HashMap<>(kafka.buildConsumerProperties());
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        consumer.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        VerifyingDeserializer verifying = new VerifyingDeserializer(
                new AvroDeserializer(registry, Map.of("specific.avro.reader", true), false), registry::schemaById, directory);
        ExchangeMetrics metrics = metricsProvider.getIfAvailable();
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
        ConcurrentMessageListenerContainer<String, VerifiedEvent> container =
                factory.createContainer(Topic.REFERRALS.topicName());
        container.setBeanName(group + "-referrals");
        container.getContainerProperties().setGroupId(group);
        // The offsets that count are the ones stored with the projection (the applier seeks to them on assignment);
        // Kafka's copy only shows lag, so it is committed once a second instead of after every poll, which at a
        // trickle of events was a commit per event per service.
        container.getContainerProperties().setAckMode(ContainerProperties.AckMode.TIME);
        container.getContainerProperties().setAckTime(COMMIT_INTERVAL.toMillis());
        container.getContainerProperties().setMessageListener(new TransactionalApplier<>(group, offsets, transactions,
                new ReferralEventHandler(projection, metrics), record -> {
                    if (record.value() != null) {
                        applied.applied(record.value().meta().getEventId().toString());
                    }
                }));
        return container;
    }
}
