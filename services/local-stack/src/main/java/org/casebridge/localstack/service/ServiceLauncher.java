package org.casebridge.localstack.service;

import java.util.List;
import java.util.Map;

import org.casebridge.localstack.StackLayout;
import org.casebridge.localstack.StackPorts;
import org.casebridge.localstack.StackService;
import org.casebridge.localstack.datadir.DataDir;
import org.casebridge.localstack.process.ChildProcess;
import org.casebridge.localstack.process.Jvm;
import org.casebridge.localstack.users.DemoUsers;

/** Starts one CaseBridge service from its Boot jar, configured through its real environment variables. */
public final class ServiceLauncher {

    /**
     * Six services share two cores and a few GB with the broker and the registry: a small heap and a serial GC
     * keep each at a few hundred MB. Both JIT tiers: every service verifies and applies every event, and C2's
     * code does that (and signs) at about twice the rate of C1-only code, worth its larger footprint
     * (docs/benchmarks.md).
     */
    private static final List<String> JVM_FLAGS = List.of("-Xmx160m", "-XX:+UseSerialGC", "-Xss512k");

    private ServiceLauncher() {
    }

    public static String url(StackPorts ports, StackService service) {
        return "http://127.0.0.1:" + ports.service(service);
    }

    public static String healthUrl(StackPorts ports, StackService service) {
        return url(ports, service) + "/actuator/health";
    }

    /** Returns as soon as the JVM runs; its data directory is its working directory. */
    public static ChildProcess start(StackService service, StackLayout layout, DataDir dataDir, StackPorts ports,
            String registryUrl, DemoUsers users) {
        Map<String, String> environment = Map.of(
                "SERVER_PORT", Integer.toString(ports.service(service)),
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + ports.broker(),
                "SCHEMA_REGISTRY_URL", registryUrl,
                "CASEBRIDGE_DATA_DIR", dataDir.service(service).toString(),
                "CASEBRIDGE_KEYS_DIR", dataDir.keys().toString());
        return ChildProcess.start(service.shortName(),
                Jvm.command(JVM_FLAGS, "-jar", layout.serviceJar(service).toString(),
                        "--spring.config.additional-location=file:" + users.serviceConfig(service)),
                environment, dataDir.service(service), dataDir.log(service.shortName()));
    }
}
