package org.casebridge.localstack.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ComposeCheckerTest {

    private static final ServiceConfiguration CONFIGURATION = ServiceConfiguration.of("""
            server:
              port: ${SERVER_PORT:8081}
            casebridge:
              registry-url: ${SCHEMA_REGISTRY_URL:http://localhost:8090}
            """);

    private final ComposeChecker checker = new ComposeChecker(module -> CONFIGURATION);

    @Test
    void acceptsAServiceThatKeepsEveryRule() {
        assertThat(checker.check(compose("""
                      SERVER_PORT: "8081"
                      SCHEMA_REGISTRY_URL: http://schema-registry:8081
                      SPRING_KAFKA_PROPERTIES_SASL_MECHANISM: SCRAM-SHA-512
                      SPRING_DATASOURCE_PASSWORD: ${DB_PASSWORD:?set in .env}
                """, "8081:8081"))).isEmpty();
    }

    @Test
    void reportsAnEnvironmentVariableThatConfiguresNothing() {
        assertThat(checker.check(compose("""
                      SCHEMA_REGISTRY_ULR: http://schema-registry:8081
                      SPRING_KAFKA_BOOTSTRAP: kafka-1:9092
                """, "8081:8081"))).containsExactlyInAnyOrder(
                "forestry-service: environment variable SCHEMA_REGISTRY_ULR is no configuration of forestry-service",
                "forestry-service: environment variable SPRING_KAFKA_BOOTSTRAP is no configuration of forestry-service");
    }

    @Test
    void reportsAHostPortPublishedTwice() {
        String compose = compose("      SERVER_PORT: \"8081\"\n", "8081:8081") + """
                  schema-registry:
                    image: confluentinc/cp-schema-registry:7.7.1
                    restart: unless-stopped
                    ports: ["127.0.0.1:8081:8081"]
                    healthcheck: {test: ["CMD", "true"]}
                    mem_limit: 512m
                """;

        assertThat(checker.check(compose))
                .containsExactly("schema-registry: host port 8081/tcp is already published by forestry-service");
    }

    @Test
    void reportsPasswordsWrittenIntoTheFileOrDefaulted() {
        assertThat(checker.check(compose("""
                      SPRING_DATASOURCE_PASSWORD: hunter2
                      SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG: ScramLoginModule required username="forestry" password="${FORESTRY_KAFKA_PASSWORD:-hunter2}";
                """, "8081:8081"))).containsExactlyInAnyOrder(
                "forestry-service: SPRING_DATASOURCE_PASSWORD is not a required ${...} reference to .env",
                "forestry-service: SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG holds a password that is not a required ${...} reference to .env");
    }

    @Test
    void reportsMissingHealthcheckRestartMemoryLimitAndUnconditionalDependencies() {
        String compose = """
                services:
                  kafka-1:
                    image: apache/kafka:4.1.2
                  forestry-service:
                    build: {context: ., args: {SERVICE: forestry-service}}
                    restart: unless-stopped
                    healthcheck: {test: ["CMD", "true"]}
                    mem_limit: 768m
                    depends_on: [kafka-1]
                """;

        assertThat(checker.check(compose)).containsExactlyInAnyOrder(
                "kafka-1: no restart policy",
                "kafka-1: no healthcheck",
                "kafka-1: no memory limit",
                "forestry-service: depends_on lists services without a condition: [kafka-1]");
    }

    @Test
    void readsHostPortsOfEveryPortSyntax() {
        assertThat(ComposeChecker.hostPort("8081:8081")).isEqualTo("8081/tcp");
        assertThat(ComposeChecker.hostPort("127.0.0.1:8091:8081/udp")).isEqualTo("8091/udp");
        assertThat(ComposeChecker.hostPort("8081")).isNull();
        assertThat(ComposeChecker.hostPort(Map.of("published", 9000, "target", 80))).isEqualTo("9000/tcp");
    }

    /** One CaseBridge service with the given environment lines (indented for the environment map) and port. */
    private static String compose(String environment, String port) {
        return """
                services:
                  forestry-service:
                    build: {context: ., dockerfile: services/deploy/service.Dockerfile, args: {SERVICE: forestry-service}}
                    restart: unless-stopped
                    ports: ["%s"]
                    healthcheck: {test: ["CMD", "true"]}
                    deploy: {resources: {limits: {memory: 768m}}}
                    environment:
                %s""".formatted(port, environment);
    }
}
