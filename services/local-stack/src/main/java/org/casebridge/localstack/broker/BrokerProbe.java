package org.casebridge.localstack.broker;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.casebridge.localstack.readiness.ReadinessProbe;

/** Ready when the broker answers {@code describeCluster}, as the services' Kafka health component asks. */
public final class BrokerProbe implements ReadinessProbe {

    private static final int TIMEOUT_MS = 2000;

    private final Admin admin;

    public BrokerProbe(Admin admin) {
        this.admin = admin;
    }

    /** An admin client for the local broker that gives up quickly, for probes and topic setup. */
    public static Admin admin(int brokerPort) {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + brokerPort,
                AdminClientConfig.CLIENT_ID_CONFIG, "casebridge-launcher",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000,
                // Quick reconnects while the broker starts: it is on this machine.
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500));
    }

    @Override
    public boolean ready() {
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS)).clusterId()
                    .get(TIMEOUT_MS + 500L, TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException notServingYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
