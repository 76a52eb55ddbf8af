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

    /** The projection's verdict on the event, or empty when it was not applied within {@code timeout}. */
    public Optional<T> await(String eventId, Duration timeout) {
        CompletableFuture<Void> signal = waiting.computeIfAbsent(eventId, id -> new CompletableFuture<>());
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                Optional<T> verdict = verdictLookup.apply(eventId);
                long left = deadline - System.nanoTime();
                if (verdict.isPresent() || left <= 0) {
                    return verdict;
                }
                awaitSignal(signal, Math.min(left, pollInterval.toNanos()));
            }
        } finally {
            waiting.remove(eventId, signal);
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
