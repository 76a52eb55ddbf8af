package org.casebridge.localstack.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.casebridge.localstack.StackLayout;
import org.casebridge.localstack.StackPorts;
import org.casebridge.localstack.datadir.DataDir;
import org.casebridge.localstack.process.ChildProcess;
import org.casebridge.localstack.process.Jvm;

/** Apicurio Registry with its Confluent-compatible API, persistent in an H2 file under the data directory. */
public final class RegistryServer {

    public static final String NAME = "registry";
    public static final String CONFLUENT_API_PATH = "/apis/ccompat/v7";
    /** C1 only: a local registry answers a few dozen lookups; start-up time matters more than peak speed. */
    private static final List<String> JVM_FLAGS =
            List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k");

    private RegistryServer() {
    }

    /** Base URL of the Confluent API, what services get as {@code SCHEMA_REGISTRY_URL}. */
    public static String url(StackPorts ports) {
        return "http://127.0.0.1:" + ports.registry() + CONFLUENT_API_PATH;
    }

    /** Answers 200 once the registry serves requests. */
    public static String healthUrl(StackPorts ports) {
        return url(ports) + "/subjects";
    }

    /**
     * Starts the registry. A file database (not Apicurio's default in-memory one) keeps the schema ids across
     * restarts, so records already in the topics stay readable.
     */
    public static ChildProcess start(StackLayout layout, DataDir dataDir, StackPorts ports) {
        Path runner = layout.registryRunner();
        List<String> flags = new ArrayList<>(JVM_FLAGS);
        flags.add("-Dquarkus.http.port=" + ports.registry());
        flags.add("-Dquarkus.http.host=127.0.0.1");
        // As Confluent's default, which the compatibility gate of the contracts assumes.
        flags.add("-Dregistry.rules.global.compatibility=BACKWARD");
        Map<String, String> environment = Map.of("REGISTRY_DATASOURCE_URL",
                "jdbc:h2:file:" + dataDir.registry().resolve("registry").toAbsolutePath());
        return ChildProcess.start(NAME, Jvm.command(flags, "-jar", runner.getFileName().toString()),
                environment, runner.getParent(), dataDir.log(NAME));
    }
}
