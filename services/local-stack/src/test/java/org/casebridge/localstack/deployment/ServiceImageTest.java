package org.casebridge.localstack.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casebridge.localstack.deployment.Dockerfile.Instruction;
import org.junit.jupiter.api.Test;

/** The one Dockerfile every service image is built from (compose passes the module as SERVICE). */
class ServiceImageTest {

    private static final Set<String> ROOT_USERS = Set.of("root", "0", "0:0", "root:root");
    private static final Pattern REPACKAGE_CLASSIFIER = Pattern.compile(
            "<artifactId>spring-boot-maven-plugin</artifactId>\\s*<executions>\\s*<execution>\\s*<id>repackage</id>"
                    + "\\s*<configuration>\\s*<classifier>exec</classifier>");

    private final Map<String, Object> services =
            YamlDocuments.map(YamlDocuments.single(Repository.read("docker-compose.yml")), "services");

    @Test
    void everyServiceModuleIsBuiltFromTheServiceDockerfile() {
        for (String module : Repository.serviceModules()) {
            Map<String, Object> build = YamlDocuments.map(YamlDocuments.map(services, module), "build");

            assertThat(build).as(module).containsEntry("context", ".")
                    .containsEntry("dockerfile", "services/deploy/service.Dockerfile");
            assertThat(YamlDocuments.map(build, "args")).as(module).containsEntry("SERVICE", module);
        }
    }

    @Test
    void copiesTheRunnableJarMavenBuildsForTheModule() {
        Dockerfile dockerfile = serviceDockerfile();
        String version = argDefault(dockerfile, "VERSION");

        assertThat(argument(dockerfile.instructions(), "COPY"))
                .isEqualTo("services/${SERVICE}/target/${SERVICE}-${VERSION}-exec.jar app.jar");
        assertThat(Repository.read("pom.xml")).contains("<version>" + version + "</version>")
                .as("the root pom gives the repackaged (runnable) jar the classifier exec")
                .containsPattern(REPACKAGE_CLASSIFIER);
        for (String module : Repository.serviceModules()) {
            assertThat(Repository.read("services/" + module + "/pom.xml"))
                    .as("artifactId of %s names its jar", module)
                    .contains("<artifactId>" + module + "</artifactId>");
        }
    }

    @Test
    void runsOnAJava17JreInEveryStage() {
        assertThat(serviceDockerfile().baseImages()).isNotEmpty()
                .allSatisfy(image -> assertThat(image).isEqualTo("eclipse-temurin:17-jre"));
    }

    @Test
    void runsAsAnUnprivilegedUser() {
        List<Instruction> finalStage = serviceDockerfile().finalStage();
        String user = finalStage.stream().filter(instruction -> instruction.keyword().equals("USER"))
                .reduce((first, last) -> last).map(Instruction::arguments).orElse("root");

        assertThat(user).isNotIn(ROOT_USERS);
    }

    @Test
    void startsTheExtractedBootLayersWithHealthcheckOnReadinessAndExposedPort() {
        Dockerfile dockerfile = serviceDockerfile();
        List<Instruction> finalStage = dockerfile.finalStage();

        assertThat(argument(dockerfile.instructions(), "RUN"))
                .contains("java -Djarmode=tools -jar app.jar extract --layers --launcher");
        assertThat(argument(finalStage, "HEALTHCHECK")).contains("/actuator/health/readiness");
        assertThat(argument(finalStage, "EXPOSE")).isEqualTo("${PORT}");
        assertThat(argument(finalStage, "ENTRYPOINT")).contains("org.springframework.boot.loader.launch.JarLauncher");
    }

    private static Dockerfile serviceDockerfile() {
        return Dockerfile.parse(Repository.read("services/deploy/service.Dockerfile"));
    }

    private static String argument(List<Instruction> instructions, String keyword) {
        return instructions.stream().filter(instruction -> instruction.keyword().equals(keyword))
                .map(Instruction::arguments).findFirst()
                .orElseThrow(() -> new AssertionError("No " + keyword + " in services/deploy/service.Dockerfile"));
    }

    private static String argDefault(Dockerfile dockerfile, String name) {
        Pattern declaration = Pattern.compile(Pattern.quote(name) + "=(\\S+)");
        return dockerfile.instructions().stream().filter(instruction -> instruction.keyword().equals("ARG"))
                .map(instruction -> declaration.matcher(instruction.arguments()))
                .filter(Matcher::matches).map(matcher -> matcher.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("No ARG " + name + "=<default>"));
    }
}
