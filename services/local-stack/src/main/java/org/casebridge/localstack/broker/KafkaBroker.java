package org.casebridge.localstack.broker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.kafka.common.Uuid;
import org.casebridge.localstack.StackException;
import org.casebridge.localstack.StackLayout;
import org.casebridge.localstack.StackPorts;
import org.casebridge.localstack.datadir.DataDir;
import org.casebridge.localstack.process.ChildProcess;
import org.casebridge.localstack.process.Jvm;

/**
 * The local Kafka broker: one KRaft node in combined mode, in its own JVM with its own classpath (Kafka,
 * Scala and Log4j from the {@code local-stack-kafka-runtime} build, nothing of the launcher's).
 */
public final class KafkaBroker {

    public static final String NAME = "kafka";
    /** The broker's RSS barely changes between -Xmx1g and 256m; the heap only holds metadata and buffers. */
    private static final List<String> JVM_FLAGS = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-Xss512k");
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);

    private KafkaBroker() {
    }

    /**
     * Writes server.properties (ports may differ between runs), formats the storage on the first start only,
     * then starts the broker. Returns as soon as the JVM runs; readiness is the caller's to wait for.
     */
    public static ChildProcess start(StackLayout layout, DataDir dataDir, StackPorts ports) {
        Path dir = dataDir.kafka();
        Path logDirs = dir.resolve("data");
        Path properties = dir.resolve("server.properties");
        Path log4j = dir.resolve("log4j2.properties");
        try {
            Files.createDirectories(logDirs);
            Files.writeString(properties, ServerProperties.render(
                    ServerProperties.of(ports.broker(), ports.controller(), logDirs)), StandardCharsets.UTF_8);
            try (InputStream config = KafkaBroker.class.getResourceAsStream("log4j2.properties")) {
                Files.copy(config, log4j, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StackException("cannot write the broker's configuration into " + dir + ": " + e.getMessage(), e);
        }
        Map<String, String> environment = Map.of("CLASSPATH", classpath(layout));
        List<String> flags = List.of("-Dlog4j2.configurationFile=" + log4j.toAbsolutePath());
        if (!Files.isRegularFile(logDirs.resolve("meta.properties"))) {
            format(dataDir, environment, flags, properties);
        }
        return ChildProcess.start(NAME, Jvm.command(concat(JVM_FLAGS, flags), "kafka.Kafka", properties.toString()),
                environment, dir, dataDir.log(NAME));
    }

    /**
     * {@code kafka-storage.sh format --standalone}: a one-voter quorum whose only voter is this node. The cluster
     * id is made here, as {@code kafka-storage.sh random-uuid} would, which saves starting a JVM for it.
     */
    private static void format(DataDir dataDir, Map<String, String> environment, List<String> flags, Path properties) {
        ChildProcess tool = ChildProcess.start("kafka storage format", Jvm.command(flags, "kafka.tools.StorageTool",
                "format", "--standalone", "-t", Uuid.randomUuid().toString(), "-c", properties.toString()),
                environment, dataDir.kafka(), dataDir.log("kafka-format"));
        try {
            int exit = tool.onExit().get(FORMAT_TIMEOUT.toSeconds(), TimeUnit.SECONDS).exitValue();
            if (exit != 0) {
                throw new StackException("formatting the broker's storage failed with exit code " + exit + "; "
                        + tool.logReport());
            }
        } catch (TimeoutException e) {
            tool.requestStop().forEach(ProcessHandle::destroyForcibly);
            throw new StackException("formatting the broker's storage did not finish within "
                    + FORMAT_TIMEOUT.toSeconds() + " s; " + tool.logReport(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tool.requestStop().forEach(ProcessHandle::destroyForcibly);
            throw new StackException("interrupted while formatting the broker's storage", e);
        } catch (ExecutionException e) {
            throw new StackException("cannot watch the storage format tool", e);
        }
    }

    private static String classpath(StackLayout layout) {
        try {
            return Files.readString(layout.brokerClasspathFile(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new StackException("cannot read the broker's classpath " + layout.brokerClasspathFile(), e);
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
