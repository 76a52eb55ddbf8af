package org.casebridge.platform.testing;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;

/**
 * Several CaseBridge services in one test JVM, as separate application contexts on one embedded broker and one
 * registry, each with its own in-memory database: they share nothing but Kafka and the registry, as in
 * production. Every test user's password is {@link ServiceRequests#PASSWORD}.
 */
public final class ServiceContexts {

    private final Map<String, Object> common;
    private final Path keys;

    private ServiceContexts(Map<String, Object> common, Path keys) {
        this.common = common;
        this.keys = keys;
    }

    /** On the class's {@code @EmbeddedKafka} broker and the given registry, with fresh agency keys. */
    public static ServiceContexts on(ApicurioRegistry registry) {
        return on(EmbeddedKafkaCondition.getBroker(), registry);
    }

    /** On this broker and registry, with fresh agency keys. */
    public static ServiceContexts on(EmbeddedKafkaBroker broker, ApicurioRegistry registry) {
        Path keys = SpringBootTestExchange.freshKeys();
        return new ServiceContexts(Map.of(
                "server.port", 0,
                "spring.kafka.bootstrap-servers", broker.getBrokersAsString(),
                "casebridge.registry-url", registry.url(),
                "casebridge.keys-dir", keys.toString(),
                "casebridge.data-dir", keys.toString()), keys);
    }

    /**
     * These contexts without the given auto-configurations: for a service whose own jar lacks the module that
     * brings them, started in a test whose class path has that module for another service.
     */
    public ServiceContexts without(Class<?>... autoConfigurations) {
        return with(Map.of("spring.autoconfigure.exclude",
                Arrays.stream(autoConfigurations).map(Class::getName).collect(Collectors.joining(","))));
    }

    /** These contexts with more properties, e.g. shorter bounds for a test of failures. */
    public ServiceContexts with(Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>(common);
        properties.putAll(more);
        return new ServiceContexts(properties, keys);
    }

    /** Starts {@code app} as a service of {@code agencyType} (null for audit) named {@code name}, with these users. */
    public ConfigurableApplicationContext start(Class<?> app, String name, String agencyType, List<Map<String, String>> users) {
        Map<String, Object> properties = new HashMap<>(common);
        properties.put("spring.application.name", name);
        // A fresh database every time: an in-memory one outlives its context, and another test class's services
        // of the same name would find its projection and its offsets on a broker that is gone.
        properties.put("spring.datasource.url", "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        if (agencyType != null) {
            properties.put("casebridge.agency-type", agencyType);
        }
        for (int i = 0; i < users.size(); i++) {
            for (Map.Entry<String, String> field : users.get(i).entrySet()) {
                properties.put("casebridge.security.users[" + i + "]." + field.getKey(), field.getValue());
            }
        }
        // Command-line arguments: they win over a service's application.yml on the class path.
        return new SpringApplicationBuilder(app).run(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new));
    }

    /** The agency keys every service of these contexts signs and verifies with, e.g. for a test's own writer. */
    public Path keys() {
        return keys;
    }

    /** An OFFICER of {@code unit} (e.g. {@code POLICE:150203}). */
    public static Map<String, String> officer(String username, String name, String unit) {
        return user(username, name, unit, "OFFICER");
    }

    /** A user of {@code unit} with one role (OFFICER, AUDITOR, ...). */
    public static Map<String, String> user(String username, String name, String unit, String role) {
        return Map.of("username", username, "name", name, "unit", unit, "password-hash", ServiceRequests.PASSWORD_HASH,
                "roles[0]", role);
    }

    /** Closes every context given, the ones that started. */
    public static void closeAll(ConfigurableApplicationContext... services) {
        for (ConfigurableApplicationContext service : services) {
            if (service != null) {
                service.close();
            }
        }
    }
}
