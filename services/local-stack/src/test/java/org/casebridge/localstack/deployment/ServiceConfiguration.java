package org.casebridge.localstack.deployment;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables a service really reads: the {@code ${NAME} placeholders of its configuration
 * files, and the relaxed-binding names (Spring Boot's environment mapping) of properties that exist, either
 * set in those files or known Boot and Kafka properties. An environment variable outside this set configures
 * nothing and only misleads whoever reads the compose file.
 */
final class ServiceConfiguration {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    /**
     * Boot properties docker-compose sets without the files naming them. The datasource ones take effect once
     * the services bring JDBC (their storage is on its way); until then Boot ignores them.
     */
    private static final Set<String> BOOT_PROPERTIES = Set.of(
            "spring.profiles.active",
            "spring.datasource.url",
            "spring.datasource.username",
            "spring.datasource.password",
            "spring.datasource.driver-class-name");

    /** Maps handed to the Kafka clients as they are: any key below them is a Kafka client property. */
    private static final Set<String> BOOT_MAP_PROPERTIES = Set.of(
            "spring.kafka.properties",
            "spring.kafka.consumer.properties",
            "spring.kafka.producer.properties",
            "spring.kafka.admin.properties");

    private final Set<String> environmentNames;

    private ServiceConfiguration(Set<String> environmentNames) {
        this.environmentNames = environmentNames;
    }

    /** From the YAML configuration files of one service (each may hold several documents). */
    static ServiceConfiguration of(String... yamlFiles) {
        Set<String> names = new HashSet<>();
        BOOT_PROPERTIES.forEach(property -> names.add(environmentName(property)));
        for (String yaml : yamlFiles) {
            Matcher placeholders = PLACEHOLDER.matcher(yaml);
            while (placeholders.find()) {
                names.add(placeholders.group(1));
            }
            YamlDocuments.all(yaml).forEach(document ->
                    YamlDocuments.flatten(document).keySet().forEach(property -> names.add(environmentName(property))));
        }
        return new ServiceConfiguration(Set.copyOf(names));
    }

    boolean reads(String environmentVariable) {
        return environmentNames.contains(environmentVariable)
                || BOOT_MAP_PROPERTIES.stream().anyMatch(map -> {
                    String prefix = environmentName(map) + "_";
                    return environmentVariable.startsWith(prefix) && environmentVariable.length() > prefix.length();
                });
    }

    /** Spring Boot's mapping of a property to an environment variable: dots to underscores, dashes dropped. */
    static String environmentName(String property) {
        return property.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
    }
}
