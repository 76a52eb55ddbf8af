package org.casebridge.platform.health;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * One admin client for the health checks, for the life of the service: probes call often, and a fresh client per
 * call would open a connection and fetch metadata each time. Created lazily because creating it fails while the
 * bootstrap host does not resolve yet (a broker container still starting); the next check tries again.
 */
final class LazyAdmin implements AutoCloseable {

    private final Map<String, Object> config;
    private Admin admin;

    LazyAdmin(Map<String, Object> adminConfig) {
        this.config = withHealthClientId(adminConfig);
    }

    synchronized Admin get() {
        if (admin == null) {
            admin = Admin.create(config);
        }
        return admin;
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ZERO);
            admin = null;
        }
    }

    // Kafka registers a metrics MBean per client id: a copied id would clash with the service's own admin client.
    private static Map<String, Object> withHealthClientId(Map<String, Object> adminConfig) {
        Map<String, Object> config = new HashMap<>(adminConfig);
        config.computeIfPresent(AdminClientConfig.CLIENT_ID_CONFIG, (key, id) -> id + "-health");
        return config;
    }
}
