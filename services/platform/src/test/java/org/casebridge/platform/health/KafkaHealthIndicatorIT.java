package org.casebridge.platform.health;

import static org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG;
import static org.apache.kafka.clients.admin.AdminClientConfig.CLIENT_ID_CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

@EmbeddedKafka
class KafkaHealthIndicatorIT {

    @Test
    void reportsUpWithClusterIdAndNodeCountWhenBrokerAnswers(EmbeddedKafkaBroker broker) {
        try (LazyAdmin admin = admin(broker)) {
            KafkaHealthIndicator indicator = new KafkaHealthIndicator(admin, Duration.ofSeconds(5));
            Health health = indicator.health();

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails().get("clusterId")).asString().isNotBlank();
            assertThat(health.getDetails()).containsEntry("nodes", 1);
        }
    }

    @Test
    void staysUpAcrossRepeatedChecksOnItsLongLivedClient(EmbeddedKafkaBroker broker) {
        try (LazyAdmin admin = admin(broker)) {
            KafkaHealthIndicator indicator = new KafkaHealthIndicator(admin, Duration.ofSeconds(5));
            Object firstClusterId = indicator.health().getDetails().get("clusterId");

            Health again = indicator.health();

            assertThat(again.getStatus()).isEqualTo(Status.UP);
            assertThat(again.getDetails()).containsEntry("clusterId", firstClusterId);
        }
    }

    private static LazyAdmin admin(EmbeddedKafkaBroker broker) {
        // A client id as services set one: the indicator must not clash with it.
        return new LazyAdmin(Map.of(BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(), CLIENT_ID_CONFIG, "forestry"));
    }
}
