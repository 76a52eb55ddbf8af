package org.casebridge.localstack.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** docker-compose.yml against the modules it deploys: the checks run on the file, no container is started. */
class DockerComposeTest {

    private static final Pattern DEFAULT_PORT = Pattern.compile("\\$\\{SERVER_PORT:(\\d+)}");
    private static final Pattern JAAS_USERNAME = Pattern.compile("username=\"([^\"]+)\"");

    private final String compose = Repository.read("docker-compose.yml");
    private final Map<String, Object> services = YamlDocuments.map(YamlDocuments.single(compose), "services");

    @Test
    void keepsEveryRuleOfTheChecker() {
        assertThat(new ComposeChecker(Repository::configurationOf).check(compose)).isEmpty();
    }

    @Test
    void buildsAnImageOfEveryServiceModuleOnItsOwnPort() {
        assertThat(Repository.serviceModules()).hasSize(6);
        for (String module : Repository.serviceModules()) {
            Map<String, Object> service = service(module);
            Map<String, Object> build = YamlDocuments.map(service, "build");
            Map<String, Object> args = YamlDocuments.map(build, "args");
            String port = defaultPort(module);

            assertThat(Repository.exists(String.valueOf(build.get("dockerfile")))).as("%s Dockerfile", module).isTrue();
            assertThat(args).as(module).containsEntry("SERVICE", module).containsEntry("PORT", port);
            assertThat(ComposeChecker.environment(service)).as(module)
                    .containsEntry("SERVER_PORT", port)
                    .containsEntry("SPRING_PROFILES_ACTIVE", "docker");
            assertThat(service.get("ports")).as(module).asList().containsExactly(port + ":" + port);
        }
    }

    @Test
    void startsEveryServiceOnlyOnceItsKafkaRegistryInitJobAndOwnDatabaseAreReady() {
        for (String module : Repository.serviceModules()) {
            String database = "postgres-" + module.replace("-service", "");
            Map<String, Object> dependsOn = YamlDocuments.map(service(module), "depends_on");

            assertThat(dependsOn).as(module).containsOnlyKeys("kafka-1", "kafka-2", "kafka-3", "schema-registry",
                    "casebridge-init", database);
            assertThat(condition(dependsOn, "casebridge-init")).isEqualTo("service_completed_successfully");
            dependsOn.keySet().stream().filter(name -> !name.equals("casebridge-init"))
                    .forEach(name -> assertThat(condition(dependsOn, name)).as("%s on %s", module, name)
                            .isEqualTo("service_healthy"));
            assertThat(ComposeChecker.environment(service(module)).get("SPRING_DATASOURCE_URL"))
                    .startsWith("jdbc:postgresql://" + database + ":5432/");
        }
    }

    @Test
    void runsOnePostgres16PerServiceCheckedWithPgIsReady() {
        for (String module : Repository.serviceModules()) {
            Map<String, Object> database = service("postgres-" + module.replace("-service", ""));

            assertThat(database.get("image")).isEqualTo("postgres:16");
            assertThat(String.valueOf(YamlDocuments.map(database, "healthcheck").get("test"))).contains("pg_isready");
        }
    }

    @Test
    void logsEveryServiceInToKafkaAsItsOwnScramPrincipalCreatedByTheInitJob() {
        String init = Repository.read("services/deploy/init/init.sh");
        Set<String> principals = new HashSet<>();
        for (String module : Repository.serviceModules()) {
            Map<String, String> environment = ComposeChecker.environment(service(module));
            Matcher username = JAAS_USERNAME.matcher(environment.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG"));

            assertThat(username.find()).as(module).isTrue();
            assertThat(principals.add(username.group(1))).as("%s shares principal %s", module, username.group(1)).isTrue();
            assertThat(environment).containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512")
                    .containsEntry("SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
            assertThat(init).contains("scram_user " + username.group(1) + " ");
        }
    }

    @Test
    void runsTheInitJobOnceAfterTheBrokers() {
        Map<String, Object> init = service("casebridge-init");

        assertThat(init.get("restart")).isEqualTo("no");
        assertThat(YamlDocuments.map(init, "depends_on")).containsOnlyKeys("kafka-1", "kafka-2", "kafka-3");
        assertThat(Repository.exists(String.valueOf(YamlDocuments.map(init, "build").get("dockerfile")))).isTrue();
    }

    private Map<String, Object> service(String name) {
        assertThat(services).as("compose services").containsKey(name);
        return YamlDocuments.map(services, name);
    }

    private static String condition(Map<String, Object> dependsOn, String name) {
        return String.valueOf(YamlDocuments.map(dependsOn, name).get("condition"));
    }

    private static String defaultPort(String module) {
        Matcher port = DEFAULT_PORT.matcher(Repository.read("services/" + module + "/src/main/resources/application.yml"));
        assertThat(port.find()).as("%s declares server.port: ${SERVER_PORT:<port>}", module).isTrue();
        return port.group(1);
    }
}
