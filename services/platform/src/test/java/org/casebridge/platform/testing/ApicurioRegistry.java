package org.casebridge.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A real Apicurio Registry running as a child JVM on a free port of 127.0.0.1, with global compatibility
 * BACKWARD. Started by {@link ApicurioRegistryExtension}, once per test JVM.
 */
public final class ApicurioRegistry implements AutoCloseable {

    /** Set by failsafe to the resolved {@code io.apicurio:apicurio-registry-app:tar.gz:all}. */
    public static final String DIST_PROPERTY = "casebridge.apicurio.dist";
    /** Where Apicurio serves Confluent's REST API. */
    public static final String CONFLUENT_API_PATH = "/apis/ccompat/v7";

    private static final Path WORK_DIR = Path.of("target", "apicurio");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final int LOG_TAIL_LINES = 60;

    private final Process process;
    private final int port;
    private final Path log;

    private ApicurioRegistry(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Base URL of the Confluent-compatible API, e.g. {@code http://127.0.0.1:41234/apis/ccompat/v7}. */
    public String url() {
        return "http://127.0.0.1:" + port + CONFLUENT_API_PATH;
    }

    /** The registry's console output. */
    public Path log() {
        return log;
    }

    static ApicurioRegistry start() {
        Path runner = unpackedRunner(distribution(System.getProperty(DIST_PROPERTY)));
        int port = LocalPorts.free();
        Path log = WORK_DIR.resolve("registry-" + port + ".log");
        Process process;
        try {
            process = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m",
                    "-Dquarkus.http.port=" + port,
                    "-Dquarkus.http.host=127.0.0.1",
                    "-Dregistry.rules.global.compatibility=BACKWARD",
                    "-jar", runner.getFileName().toString()))
                    .directory(runner.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start Apicurio Registry from " + runner, e);
        }
        ApicurioRegistry registry = new ApicurioRegistry(process, port, log);
        Runtime.getRuntime().addShutdownHook(new Thread(registry::close, "apicurio-registry-stop"));
        registry.awaitReady();
        return registry;
    }

    /** The distribution named by {@value #DIST_PROPERTY}, or why the tests cannot run. */
    static Path distribution(String value) {
        if (value == null || value.isBlank() || value.contains("${")) {
            throw new IllegalStateException("system property '" + DIST_PROPERTY + "' is not set (was '" + value
                    + "'): run the integration tests through Maven (mvn -pl services/platform -am verify); "
                    + "failsafe sets it to the Apicurio Registry tar.gz resolved by the dependency plugin");
        }
        Path dist = Path.of(value);
        if (!Files.isRegularFile(dist)) {
            throw new IllegalStateException(DIST_PROPERTY + " names " + dist + ", which is not a file");
        }
        return dist;
    }

    /** Unpacks once per build; a file lock keeps two test JVMs from unpacking over each other. */
    private static Path unpackedRunner(Path dist) {
        String name = dist.getFileName().toString().replace(".tar.gz", "");
        Path target = WORK_DIR.resolve(name);
        Path complete = target.resolve(".unpacked");
        try {
            Files.createDirectories(WORK_DIR);
            try (FileChannel channel = FileChannel.open(WORK_DIR.resolve(".unpack.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (!Files.exists(complete)) {
                    untar(dist, target);
                    Files.createFile(complete);
                }
            }
            try (Stream<Path> files = Files.list(target)) {
                return files.filter(file -> file.getFileName().toString().endsWith("-runner.jar")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no *-runner.jar in " + target));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + dist + " into " + target, e);
        }
    }

    private static void untar(Path dist, Path target) throws IOException {
        Files.createDirectories(target);
        Process tar = new ProcessBuilder("tar", "-xzf", dist.toAbsolutePath().toString(), "-C", target.toString())
                .redirectErrorStream(true).start();
        try {
            String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!tar.waitFor(2, TimeUnit.MINUTES) || tar.exitValue() != 0) {
                throw new IOException("tar failed to unpack " + dist + ": " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while unpacking " + dist, e);
        }
    }

    /**
     * Polls the subjects endpoint until it answers 200. Waiting on the process's exit for the poll interval
     * both paces the loop and notices at once when the registry dies.
     */
    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(POLL_INTERVAL).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/subjects")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (answersOk(http, probe)) {
                return;
            }
            try {
                process.onExit().get(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
                throw new IllegalStateException("Apicurio Registry exited with " + process.exitValue()
                        + " before it was ready; log " + log + ":\n" + logTail());
            } catch (TimeoutException stillStarting) {
                // Not ready yet and still alive: poll again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while waiting for Apicurio Registry", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("cannot watch the Apicurio Registry process", e);
            }
        }
        close();
        throw new IllegalStateException("Apicurio Registry not ready within " + START_TIMEOUT.toSeconds()
                + " s at " + url() + "; log " + log + ":\n" + logTail());
    }

    private static boolean answersOk(HttpClient http, HttpRequest probe) {
        try {
            return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Stops the registry and every process it started; safe to call more than once. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
