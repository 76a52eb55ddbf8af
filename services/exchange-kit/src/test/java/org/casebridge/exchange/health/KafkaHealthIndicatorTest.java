package org.casebridge.exchange.health;

import static org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class KafkaHealthIndicatorTest {

    private static final Duration SHORT = Duration.ofMillis(500);

    @Test
    void reportsDownWithTimeoutReasonWhenNoBrokerListens() throws IOException {
        try (KafkaHealthIndicator indicator = indicator("127.0.0.1:" + closedPort())) {
            Health health = indicator.health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsOnlyKeys("reason");
            assertThat(health.getDetails().get("reason")).asString().contains("Timed out");
        }
    }

    @Test
    void reportsDownWithConfigReasonWhenBootstrapServersAreMalformed() {
        try (KafkaHealthIndicator indicator = indicator("no port here")) {
            Health health = indicator.health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("reason")).asString()
                    .startsWith("ConfigException:")
                    .contains("bootstrap.servers");
        }
    }

    private static KafkaHealthIndicator indicator(String bootstrapServers) {
        return new KafkaHealthIndicator(Map.of(BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), SHORT);
    }

    // A port that was just free on loopback: nothing answers there.
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
