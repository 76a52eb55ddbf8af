package org.casebridge.platform.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Kafka health checks.
 *
 * @param timeout how long one check may wait for the cluster's answer before reporting DOWN; short, because
 *                probes call it on the request thread and an orchestrator gives up on slow probes
 * @param maxLag  records a projection may be behind its topic (per group and topic, summed over partitions) and
 *                still be ready; above it the consumerLag component is OUT_OF_SERVICE
 */
@ConfigurationProperties("casebridge.health.kafka")
record KafkaHealthProperties(@DefaultValue("3s") Duration timeout, @DefaultValue("10000") long maxLag) {

    KafkaHealthProperties {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("casebridge.health.kafka.timeout must be positive, was " + timeout);
        }
        if (maxLag < 0) {
            throw new IllegalArgumentException("casebridge.health.kafka.max-lag must be 0 or more, was " + maxLag);
        }
    }
}
