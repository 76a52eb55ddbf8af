package org.casebridge.projections.referral;

import org.casebridge.contracts.Topic;
import org.casebridge.platform.command.CommandProperties;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.integrity.VerifiedEvent;
import org.casebridge.platform.metrics.ExchangeMetrics;
import org.casebridge.platform.metrics.ExchangeMetricsAutoConfiguration;
import org.casebridge.platform.projection.AppliedEvents;
import org.casebridge.platform.projection.OffsetStore;
import org.casebridge.platform.projection.ProjectionListeners;
import org.casebridge.platform.registry.SchemaRegistryClient;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every agency service keeps the referral projection: one consumer group per service (its application name)
 * reads {@code referrals}, verifies each event, and applies it with its offset in one transaction. Turn off
 * with {@code casebridge.referrals.consumer.enabled=false}.
 */
@AutoConfiguration(after = {JdbcClientAutoConfiguration.class, TransactionAutoConfiguration.class,
        ExchangeMetricsAutoConfiguration.class})
@ConditionalOnBooleanProperty(name = "casebridge.referrals.consumer.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CommandProperties.class)
public final class ReferralProjectionAutoConfiguration {

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

    /**
     * The listener container, started with the application; its id names the service's consumer group. Two
     * consumer threads by default: verifying (about 0.1 ms of CPU) and applying an event are CPU work, and two
     * threads do it for their partitions on two cores at the same CPU per event, which a rebuild or a catch-up
     * after downtime needs most.
     */
    @Bean
    ConcurrentMessageListenerContainer<String, VerifiedEvent> referralListenerContainer(
            KafkaProperties kafka, SchemaRegistryClient registry, AgencyDirectory directory, OffsetStore offsets,
            ReferralProjection projection, TransactionTemplate transactions, AppliedEvents<TimelineEntry> applied,
            ObjectProvider<ExchangeMetrics> metricsProvider, @Value("${spring.application.name}") String group,
            @Value("${casebridge.referrals.consumer.concurrency:2}") int concurrency) {
        ExchangeMetrics metrics = metricsProvider.getIfAvailable();
        return ProjectionListeners.container(Topic.REFERRALS, group, concurrency, kafka, registry, directory, offsets,
                transactions, new ReferralEventHandler(projection, metrics), metrics, applied);
    }
}
