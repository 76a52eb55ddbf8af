package org.casebridge.localstack.process;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.casebridge.localstack.StackException;

/**
 * A JVM the launcher started, with its console appended to its own log file. Stopping it stops its whole
 * process tree: a child's own children would otherwise outlive it and keep its ports.
 */
public final class ChildProcess {

    /** How much of the log a failure report shows. */
    public static final int REPORT_LINES = 30;
    private static final Duration KILL_WAIT = Duration.ofSeconds(5);

    private final String name;
    private final Process process;
    private final Path log;
    private final Instant started;

    private ChildProcess(String name, Process process, Path log, Instant started) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.started = started;
    }

    /**
     * Starts {@code command} in {@code workDir} with {@code environment} added to the launcher's. The child gets
     * its own session when {@code setsid} is available, so that Ctrl-C at the terminal reaches the launcher only
     * and the launcher stops the children in order.
     */
    public static ChildProcess start(String name, List<String> command, Map<String, String> environment,
            Path workDir, Path log) {
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(workDir);
            Files.writeString(log, System.lineSeparator() + "==== " + name + " started by the CaseBridge launcher at "
                    + Instant.now() + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(ownSession(command))
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close(); // no console input
            return new ChildProcess(name, process, log, Instant.now());
        } catch (IOException e) {
            throw new StackException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** When it was started: readiness times count from here. */
    public Instant started() {
        return started;
    }

    /** Completes when the process exits, for whatever reason. */
    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** The exit code, if it has exited. */
    public Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    /** The process and every descendant alive now. */
    public List<ProcessHandle> tree() {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        process.descendants().forEach(tree::add);
        return tree.stream().filter(ProcessHandle::isAlive).toList();
    }

    /** Asks the whole tree to stop (SIGTERM); returns at once. */
    public List<ProcessHandle> requestStop() {
        List<ProcessHandle> tree = tree();
        tree.forEach(ProcessHandle::destroy);
        return tree;
    }

    /**
     * Waits until every process of {@code tree} has exited or {@code deadline} passes, then kills what is left.
     *
     * @return whether it had to kill
     */
    public static boolean awaitOrKill(List<ProcessHandle> tree, Instant deadline) {
        tree.forEach(handle -> exited(handle, Duration.between(Instant.now(), deadline)));
        List<ProcessHandle> survivors = tree.stream().filter(ProcessHandle::isAlive).toList();
        survivors.forEach(ProcessHandle::destroyForcibly);
        survivors.forEach(handle -> exited(handle, KILL_WAIT));
        return !survivors.isEmpty();
    }

    private static boolean exited(ProcessHandle handle, Duration wait) {
        try {
            handle.onExit().get(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (TimeoutException | ExecutionException stillRunning) {
            return false;
        }
    }

    /** The last {@value #REPORT_LINES} lines of the log, indented, for failure reports. */
    public String logReport() {
        List<String> lines = LogTail.lastLines(log, REPORT_LINES);
        StringBuilder report = new StringBuilder("last lines of ").append(log).append(':');
        lines.forEach(line -> report.append(System.lineSeparator()).append("  | ").append(line));
        return report.toString();
    }

    private static List<String> ownSession(List<String> command) {
        String path = System.getenv("PATH");
        boolean setsid = path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "setsid")));
        if (!setsid) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(command.size() + 1);
        wrapped.add("setsid");
        wrapped.addAll(command);
        return wrapped;
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }
}
