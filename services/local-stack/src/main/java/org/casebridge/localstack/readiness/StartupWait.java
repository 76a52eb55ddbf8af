package org.casebridge.localstack.readiness;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.casebridge.localstack.StackException;
import org.casebridge.localstack.process.ChildProcess;

/**
 * Waits, bounded, until started children are ready, printing each one's start-up time, and fails at once when
 * any child of the stack dies meanwhile.
 */
public final class StartupWait {

    private static final Duration POLL = Duration.ofMillis(300);

    private final Duration timeout;
    private final PrintStream out;

    /** @param timeout how long each child may take from its start to ready */
    public StartupWait(Duration timeout, PrintStream out) {
        this.timeout = timeout;
        this.out = out;
    }

    /** A started child and how to tell it is ready. */
    public record Starting(ChildProcess child, ReadinessProbe probe) {
    }

    /**
     * Returns when every one of {@code starting} is ready.
     *
     * @param watched every child of the stack, whose death also ends the wait
     * @throws ChildDiedException     when a watched child exits
     * @throws StartupTimeoutException when one is not ready within the timeout
     */
    public void await(Collection<Starting> starting, Collection<ChildProcess> watched) {
        List<Starting> pending = new ArrayList<>(starting);
        while (!pending.isEmpty()) {
            for (ChildProcess child : watched) {
                child.exitCode().ifPresent(code -> {
                    throw new ChildDiedException(child, code);
                });
            }
            pending.removeIf(this::readyNow);
            List<Starting> late = pending.stream()
                    .filter(s -> Instant.now().isAfter(s.child().started().plus(timeout))).toList();
            if (!late.isEmpty()) {
                throw new StartupTimeoutException(late, timeout);
            }
            if (!pending.isEmpty()) {
                pause(watched);
            }
        }
    }

    private boolean readyNow(Starting starting) {
        if (!starting.probe().ready()) {
            return false;
        }
        Duration took = Duration.between(starting.child().started(), Instant.now());
        out.printf(Locale.ROOT, "  %-18s ready in %.1f s%n", starting.child().name(), took.toMillis() / 1000.0);
        return true;
    }

    /** Waits one poll interval, or less when a child exits meanwhile. */
    private static void pause(Collection<ChildProcess> watched) {
        CompletableFuture<?>[] exits = watched.stream().map(ChildProcess::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.anyOf(exits).get(POLL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException nobodyExited) {
            // Poll again.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while waiting for the stack to start", e);
        }
    }

    /** A child exited while the stack was starting. */
    public static final class ChildDiedException extends StackException {
        ChildDiedException(ChildProcess child, int code) {
            super(child.name() + " exited with code " + code + " while the stack was starting; "
                    + child.logReport() + System.lineSeparator()
                    + "Everything else is being stopped. Fix the cause above (full log: " + child.log()
                    + ") and run ./casebridge up again; if the data directory is damaged, add --reset.");
        }
    }

    /** A child did not become ready in time. */
    public static final class StartupTimeoutException extends StackException {
        StartupTimeoutException(List<Starting> late, Duration timeout) {
            super(late.stream().map(s -> s.child().name()).collect(Collectors.joining(", "))
                    + " not ready within " + timeout.toSeconds() + " s; "
                    + late.stream().map(s -> s.child().logReport()).collect(Collectors.joining(System.lineSeparator()))
                    + System.lineSeparator() + "Everything is being stopped. A busy machine starts slower: "
                    + "try again when it is quieter.");
        }
    }
}
