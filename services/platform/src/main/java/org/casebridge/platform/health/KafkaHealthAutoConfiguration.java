package org.casebridge.platform.health;

import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.casebridge.platform.projection.OffsetStore;
import org.casebridge.platform.projection.TransactionalApplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;

/**
 * Adds the {@code kafka} health component (Boot has none) to services that have actuator's health support.
 * Disable with {@code management.health.kafka.enabled=false}; the readiness group of casebridge-defaults.yml
 * names it, so a service that disables it must also set its own readiness group.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(KafkaAdmin.class)
@ConditionalOnEnabledHealthIndicator("kafka")
@EnableConfigurationProperties(KafkaHealthProperties.class)
public final class KafkaHealthAutoConfiguration {

    /** Shared by the health checks; closed with the context. */
    @Bean
    LazyAdmin healthAdmin(KafkaAdmin kafkaAdmin) {
        // KafkaAdmin's configuration already merges the spring.kafka.* properties and connection details.
        return new LazyAdmin(kafkaAdmin.getConfigurationProperties());
    }

    // The bean name gives the component its name: "kafka".
    @Bean
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(LazyAdmin healthAdmin, KafkaHealthProperties properties) {
        return new KafkaHealthIndicator(healthAdmin, properties.timeout());
    }

    /**
     * "consumerLag": the listener containers whose records are applied with their offsets in the service's
     * database (a {@link TransactionalApplier}), looked up on each check, so containers of any configuration count.
     */
    @Bean
    @ConditionalOnMissingBean(name = "consumerLagHealthIndicator")
    ConsumerLagHealthIndicator consumerLagHealthIndicator(LazyAdmin healthAdmin, KafkaHealthProperties properties,
                                                          ObjectProvider<OffsetStore> offsets,
                                                          ObjectProvider<AbstractMessageListenerContainer<?, ?>> containers) {
        return new ConsumerLagHealthIndicator(healthAdmin, properties.timeout(), properties.maxLag(),
                (group, topic) -> offsets.getObject().nextOffsets(group, topic),
                () -> containers.orderedStream()
                        .filter(container -> container.getContainerProperties().getMessageListener()
                                instanceof TransactionalApplier<?> && container.getContainerProperties().getTopics() != null)
                        .collect(Collectors.toMap(container -> container.getContainerProperties().getGroupId(),
                                container -> List.of(container.getContainerProperties().getTopics()),
                                (first, second) -> first, TreeMap::new)));
    }
}
