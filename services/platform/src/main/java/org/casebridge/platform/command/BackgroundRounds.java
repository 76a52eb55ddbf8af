package org.casebridge.platform.command;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread that runs a component's rounds with a fixed delay between them (the outbox relay, the deadline
 * monitor), started and stopped with the component's lifecycle. A round must catch what it throws: an exception
 * would end the rounds.
 */
public final class BackgroundRounds {

    private final String threadName;
    private ScheduledExecutorService rounds;

    public BackgroundRounds(String threadName) {
        this.threadName = threadName;
    }

    public synchronized void start(Runnable round, Duration firstAfter, Duration between) {
        rounds = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        rounds.scheduleWithFixedDelay(round, firstAfter.toMillis(), between.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Interrupts the round under way, if any, and runs no other. */
    public synchronized void stop() {
        if (rounds != null) {
            rounds.shutdownNow();
            rounds = null;
        }
    }

    public synchronized boolean running() {
        return rounds != null;
    }
}
