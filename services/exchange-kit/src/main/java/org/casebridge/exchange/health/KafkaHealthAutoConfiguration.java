package org.casebridge.exchange.health;

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

    // The bean name gives the component its name: "kafka".
    @Bean
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin, KafkaHealthProperties properties) {
        // KafkaAdmin's configuration already merges the spring.kafka.* properties and connection details.
        return new KafkaHealthIndicator(kafkaAdmin.getConfigurationProperties(), properties.timeout());
    }
}
