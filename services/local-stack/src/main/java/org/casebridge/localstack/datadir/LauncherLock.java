package org.casebridge.localstack.datadir;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.casebridge.localstack.StackException;
import org.casebridge.localstack.StackPorts;
import org.casebridge.localstack.StackService;

/**
 * Marks a data directory as in use by one launcher: {@value #FILE_NAME} holds the launcher's PID and the ports
 * it uses, for {@code stop} and {@code status}. A file left by a launcher that no longer runs is stale and
 * taken over.
 */
public final class LauncherLock implements AutoCloseable {

    public static final String FILE_NAME = "launcher.lock";

    private final Path file;

    private LauncherLock(Path file) {
        this.file = file;
    }

    /**
     * Takes the lock for this process.
     *
     * @throws StackAlreadyRunningException when a live launcher holds it
     */
    public static LauncherLock acquire(DataDir dataDir, StackPorts ports) {
        refuseIfRunning(dataDir);
        Path file = dataDir.root().resolve(FILE_NAME);
        Properties content = new Properties();
        content.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        content.setProperty("broker", Integer.toString(ports.broker()));
        content.setProperty("controller", Integer.toString(ports.controller()));
        content.setProperty("registry", Integer.toString(ports.registry()));
        for (StackService service : StackService.values()) {
            content.setProperty(service.shortName(), Integer.toString(ports.service(service)));
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            content.store(out, "CaseBridge launcher");
        } catch (IOException e) {
            throw new StackException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return new LauncherLock(file);
    }

    /** @throws StackAlreadyRunningException when a live launcher holds the lock of {@code dataDir} */
    public static void refuseIfRunning(DataDir dataDir) {
        running(dataDir).ifPresent(stack -> {
            throw new StackAlreadyRunningException(dataDir, stack.pid());
        });
    }

    /** The launcher running from {@code dataDir}, if any. */
    public static Optional<RunningStack> running(DataDir dataDir) {
        return read(dataDir.root().resolve(FILE_NAME)).flatMap(content -> {
            long pid = Long.parseLong(content.getProperty("pid").strip());
            return pid == ProcessHandle.current().pid() ? Optional.empty()
                    : ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                            .map(handle -> new RunningStack(handle, ports(content)));
        });
    }

    /** The lock file's content; empty when there is none or it cannot be read (torn, foreign): then it is stale. */
    private static Optional<Properties> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties content = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            content.load(in);
            Long.parseLong(content.getProperty("pid", "").strip());
            ports(content);
            return Optional.of(content);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static StackPorts ports(Properties content) {
        Map<StackService, Integer> services = new EnumMap<>(StackService.class);
        for (StackService service : StackService.values()) {
            services.put(service, port(content, service.shortName()));
        }
        return new StackPorts(port(content, "broker"), port(content, "controller"), port(content, "registry"),
                services);
    }

    private static int port(Properties content, String key) {
        return Integer.parseInt(content.getProperty(key, "").strip());
    }

    /** Removes the lock if this process still holds it. */
    @Override
    public void close() {
        String self = Long.toString(ProcessHandle.current().pid());
        if (read(file).filter(content -> content.getProperty("pid").strip().equals(self)).isPresent()) {
            try {
                Files.delete(file);
            } catch (IOException e) {
                // Stale once this process is gone: the next launcher takes it over.
            }
        }
    }

    /**
     * A launcher that runs from a data directory.
     *
     * @param launcher its process
     * @param ports    where its stack listens
     */
    public record RunningStack(ProcessHandle launcher, StackPorts ports) {
        public long pid() {
            return launcher.pid();
        }
    }

    /** A second {@code up} on a data directory in use. */
    public static final class StackAlreadyRunningException extends StackException {
        StackAlreadyRunningException(DataDir dataDir, long pid) {
            super("CaseBridge is already running from " + dataDir.root() + " (launcher PID " + pid
                    + "). Stop it first with ./casebridge stop, or use another --data-dir and --base-port.");
        }
    }
}
