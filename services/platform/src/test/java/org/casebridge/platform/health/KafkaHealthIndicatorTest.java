package org.casebridge.platform.health;

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
        try (LazyAdmin admin = admin("127.0.0.1:" + closedPort())) {
            KafkaHealthIndicator indicator = new KafkaHealthIndicator(admin, SHORT);
            Health health = indicator.health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsOnlyKeys("reason");
            assertThat(health.getDetails().get("reason")).asString().contains("Timed out");
        }
    }

    @Test
    void reportsDownWithConfigReasonWhenBootstrapServersAreMalformed() {
        try (LazyAdmin admin = admin("no port here")) {
            KafkaHealthIndicator indicator = new KafkaHealthIndicator(admin, SHORT);
            Health health = indicator.health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("reason")).asString()
                    .startsWith("ConfigException:")
                    .contains("bootstrap.servers");
        }
    }

    private static LazyAdmin admin(String bootstrapServers) {
        return new LazyAdmin(Map.of(BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    // A port that was just free on loopback: nothing answers there.
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
