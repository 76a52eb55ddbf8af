package org.casebridge.platform.health;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
final class KafkaHealthIndicator implements HealthIndicator {

    private final LazyAdmin admin;
    private final Duration timeout;
    private final DescribeClusterOptions options;

    KafkaHealthIndicator(LazyAdmin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
        // The admin's own deadline equals ours, so a timed-out call does not linger in the client.
        this.options = new DescribeClusterOptions().timeoutMs(Math.toIntExact(timeout.toMillis()));
    }

    @Override
    public Health health() {
        try {
            DescribeClusterResult cluster = admin.get().describeCluster(options);
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

    private static Health down(Exception failure) {
        return down(reasonOf(failure));
    }

    // The innermost cause names the problem; the wrappers only say which call failed.
    static String reasonOf(Exception failure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static Health down(String reason) {
        return Health.down().withDetail("reason", reason).build();
    }
}
