package org.casebridge.exchange.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Kafka health check.
 *
 * @param timeout how long one check may wait for the cluster's answer before reporting DOWN; short, because
 *                probes call it on the request thread and an orchestrator gives up on slow probes
 */
@ConfigurationProperties("casebridge.health.kafka")
record KafkaHealthProperties(@DefaultValue("3s") Duration timeout) {

    KafkaHealthProperties {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("casebridge.health.kafka.timeout must be positive, was " + timeout);
        }
    }
}
