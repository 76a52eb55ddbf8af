package org.casebridge.projections.lead;

import org.casebridge.contracts.Topic;
import org.casebridge.platform.boot.ExchangeProperties;
import org.casebridge.platform.command.CommandProperties;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.directory.PersonalDataKey;
import org.casebridge.platform.integrity.VerifiedEvent;
import org.casebridge.platform.metrics.ExchangeMetrics;
import org.casebridge.platform.metrics.ExchangeMetricsAutoConfiguration;
import org.casebridge.platform.projection.AppliedEvents;
import org.casebridge.platform.projection.CaseEvent;
import org.casebridge.platform.projection.CaseEventHandler;
import org.casebridge.platform.projection.OffsetStore;
import org.casebridge.platform.projection.ProjectionListeners;
import org.casebridge.platform.registry.SchemaRegistryClient;
import org.casebridge.rules.lead.LeadLifecycle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
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
 * Every agency service keeps the lead projection, as it keeps the referral one: its consumer group
 * ({@code <application name>-leads}) reads {@code leads}, verifies each event, and applies it with {@link LeadLifecycle} and its
 * offset in one transaction. Every service holds every lead; reads are filtered by the caller's unit and the
 * handling code. Turn off with {@code casebridge.leads.consumer.enabled=false} (by default it follows
 * {@code casebridge.referrals.consumer.enabled}).
 */
@AutoConfiguration(after = {JdbcClientAutoConfiguration.class, TransactionAutoConfiguration.class,
        ExchangeMetricsAutoConfiguration.class})
// Defaults to the referral consumer's switch: a context that is not an agency service turns both off with it.
@ConditionalOnExpression("${casebridge.leads.consumer.enabled:${casebridge.referrals.consumer.enabled:true}}")
@EnableConfigurationProperties(CommandProperties.class)
public final class LeadProjectionAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    LeadProjection leadProjection(JdbcClient jdbc, TransactionTemplate transactions, ExchangeProperties exchange,
                                  @Value("${casebridge.personal-data-key:}") String personalDataKey) {
        LeadProjection projection = new LeadProjection(jdbc, PersonalDataKey.load(personalDataKey, exchange.keysDir()));
        projection.rekey(transactions);
        return projection;
    }

    @Bean
    @ConditionalOnMissingBean
    OffsetStore offsetStore(JdbcClient jdbc) {
        return new OffsetStore(jdbc);
    }

    @Bean
    AppliedEvents<CaseEvent> appliedLeadEvents(LeadProjection projection, CommandProperties commands) {
        return new AppliedEvents<>(projection::event, commands.pollInterval());
    }

    @Bean
    ConcurrentMessageListenerContainer<String, VerifiedEvent> leadListenerContainer(
            KafkaProperties kafka, SchemaRegistryClient registry, AgencyDirectory directory, OffsetStore offsets,
            LeadProjection projection, TransactionTemplate transactions, AppliedEvents<CaseEvent> applied,
            ObjectProvider<ExchangeMetrics> metricsProvider, @Value("${spring.application.name}") String application,
            @Value("${casebridge.leads.consumer.concurrency:1}") int concurrency) {
        ExchangeMetrics metrics = metricsProvider.getIfAvailable();
        // A group of its own, not the referral consumer's: a rebuild of the referral projection needs that group
        // empty to move its offsets, and the two projections rebalance independently.
        String group = application + "-leads";
        return ProjectionListeners.container(Topic.LEADS, group, concurrency, kafka, registry, directory, offsets,
                transactions, new CaseEventHandler<>(Topic.LEADS, projection, LeadLifecycle::judge, metrics), metrics,
                applied);
    }
}
