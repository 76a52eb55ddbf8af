package org.casebridge.exchange.command;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Lets a command wait, bounded, until the service's own consumer has applied the event it published, so that
 * it can answer with the resulting state (read your own writes). The verdict is read from the projection
 * database, which every instance of the service shares: when another instance owns the partition, polling
 * finds it; when this instance applied it, {@link #applied} wakes the waiter at once.
 *
 * @param <T> what the projection records for an applied event (its verdict)
 */
public final class AppliedEvents<T> {

    private final Function<String, Optional<T>> verdictLookup;
    private final Duration pollInterval;
    private final ConcurrentMap<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    public AppliedEvents(Function<String, Optional<T>> verdictLookup, Duration pollInterval) {
        this.verdictLookup = verdictLookup;
        this.pollInterval = pollInterval;
    }

    /**
     * The projection's verdict on an event published earlier (it may be in flight, or applied long ago), or empty
     * when it was not applied within {@code timeout}.
     */
    public Optional<T> await(String eventId, Duration timeout) {
        CompletableFuture<Void> signal = waiting.computeIfAbsent(eventId, id -> new CompletableFuture<>());
        try {
            Optional<T> verdict = verdictLookup.apply(eventId);
            return verdict.isPresent() ? verdict : awaitApplied(eventId, signal, timeout);
        } finally {
            waiting.remove(eventId, signal);
        }
    }

    /**
     * Publishes an event and waits for the projection's verdict on it, empty when it was not applied within
     * {@code timeout} of being published. The wait begins before the event is published, so that this
     * instance's consumer cannot apply it unseen: the database is looked in only once woken, or after each poll
     * interval for an event another instance applies, never in vain right after publishing.
     *
     * @param publish appends the event; what it throws is thrown, nothing waited for
     */
    public Optional<T> publishAndAwait(String eventId, Runnable publish, Duration timeout) {
        CompletableFuture<Void> signal = waiting.computeIfAbsent(eventId, id -> new CompletableFuture<>());
        try {
            publish.run();
            return awaitApplied(eventId, signal, timeout);
        } finally {
            waiting.remove(eventId, signal);
        }
    }

    private Optional<T> awaitApplied(String eventId, CompletableFuture<Void> signal, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            awaitSignal(signal, Math.min(Math.max(0, deadline - System.nanoTime()), pollInterval.toNanos()));
            Optional<T> verdict = verdictLookup.apply(eventId);
            if (verdict.isPresent() || deadline - System.nanoTime() <= 0) {
                return verdict;
            }
        }
    }

    /** Called after the transaction that applied the event committed. */
    public void applied(String eventId) {
        CompletableFuture<Void> signal = waiting.get(eventId);
        if (signal != null) {
            signal.complete(null);
        }
    }

    private static void awaitSignal(CompletableFuture<Void> signal, long nanos) {
        try {
            signal.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // Nothing woke us: look in the database again (another instance may have applied it).
        } catch (ExecutionException e) {
            throw new IllegalStateException("applied-event signal failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the event to be applied", e);
        }
    }
}
