package org.casebridge.exchange.health;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.NestedExceptionUtils;

/**
 * Broker connectivity as a health component: asks the cluster to describe itself, bounded by a timeout, and
 * reports the cluster id and node count, or DOWN with the reason.
 */
final class KafkaHealthIndicator implements HealthIndicator, AutoCloseable {

    private final Map<String, Object> adminConfig;
    private final Duration timeout;
    private final DescribeClusterOptions options;
    private Admin admin;

    KafkaHealthIndicator(Map<String, Object> adminConfig, Duration timeout) {
        this.adminConfig = withHealthClientId(adminConfig);
        this.timeout = timeout;
        // The admin's own deadline equals ours, so a timed-out call does not linger in the client.
        this.options = new DescribeClusterOptions().timeoutMs(Math.toIntExact(timeout.toMillis()));
    }

    @Override
    public Health health() {
        try {
            DescribeClusterResult cluster = admin().describeCluster(options);
            KafkaFuture.allOf(cluster.clusterId(), cluster.nodes()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Health.up()
                    .withDetail("clusterId", cluster.clusterId().get())
                    .withDetail("nodes", cluster.nodes().get().size())
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down(e);
        } catch (TimeoutException e) {
            return down("Timed out after " + timeout.toMillis() + " ms waiting for the cluster");
        } catch (ExecutionException | KafkaException e) {
            return down(e);
        }
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ZERO);
            admin = null;
        }
    }

    /*
     * One admin client for the life of the service: probes call often, and a fresh client per call would open
     * a connection and fetch metadata each time. Created lazily because creating it fails while the bootstrap
     * host does not resolve yet (a broker container still starting); the next check tries again.
     */
    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(adminConfig);
        }
        return admin;
    }

    // The innermost cause names the problem; the wrappers only say which call failed.
    private static Health down(Exception failure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        return down(cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    private static Health down(String reason) {
        return Health.down().withDetail("reason", reason).build();
    }

    // Kafka registers a metrics MBean per client id: a copied id would clash with the service's own admin client.
    private static Map<String, Object> withHealthClientId(Map<String, Object> adminConfig) {
        Map<String, Object> config = new HashMap<>(adminConfig);
        config.computeIfPresent(AdminClientConfig.CLIENT_ID_CONFIG, (key, id) -> id + "-health");
        return config;
    }
}
