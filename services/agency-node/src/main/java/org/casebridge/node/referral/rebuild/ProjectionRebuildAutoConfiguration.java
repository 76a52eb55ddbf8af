package org.casebridge.node.referral.rebuild;

import java.time.Clock;
import java.time.Duration;

import org.casebridge.contracts.Topic;
import org.casebridge.platform.projection.OffsetStore;
import org.casebridge.projections.referral.ReferralProjection;
import org.casebridge.projections.referral.ReferralProjectionAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuild of the referral projection, in every service that keeps it: the admin endpoint (servlet services) and
 * {@code casebridge.projection.rebuild-on-start}.
 */
@AutoConfiguration(after = ReferralProjectionAutoConfiguration.class)
@ConditionalOnBean(name = ProjectionRebuildAutoConfiguration.LISTENER)
public final class ProjectionRebuildAutoConfiguration {

    /** The referral listener container's bean name (ReferralProjectionAutoConfiguration). */
    static final String LISTENER = "referralListenerContainer";
    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(10);

    @Bean
    ConsumedLog referralConsumedLog(KafkaAdmin kafkaAdmin, @Value("${spring.application.name}") String group) {
        return new ConsumedLog(kafkaAdmin.getConfigurationProperties(), Topic.REFERRALS.topicName(), group,
                BROKER_TIMEOUT);
    }

    @Bean
    ProjectionRebuild projectionRebuild(@Value("${spring.application.name}") String group, JdbcClient jdbc,
                                        ConsumedLog referralConsumedLog,
                                        @Qualifier(LISTENER) MessageListenerContainer container,
                                        ReferralProjection projection, OffsetStore offsets,
                                        TransactionTemplate transactions) {
        return new ProjectionRebuild(group, new RebuildStore(jdbc), referralConsumedLog, container, projection,
                offsets, transactions, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnBooleanProperty("casebridge.projection.rebuild-on-start")
    RebuildOnStart rebuildOnStart(ProjectionRebuild rebuild) {
        return new RebuildOnStart(rebuild);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @Import({ProjectionRebuildController.class, RebuildRunningHandler.class})
    static class Web {
    }
}
