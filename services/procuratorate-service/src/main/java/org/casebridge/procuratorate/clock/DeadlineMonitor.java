package org.casebridge.procuratorate.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.casebridge.platform.command.BackgroundRounds;
import org.casebridge.platform.command.CommandJournal;
import org.casebridge.platform.command.EventPublisher;
import org.casebridge.platform.command.EventPublisher.PublishFailedException;
import org.casebridge.platform.command.PendingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.support.SendResult;

/**
 * The live legal clock (ADR 0006): each round asks the projection for the running clocks whose warning or breach
 * is due and not written yet, and writes each signal once, signed as the supervising procuratorate, beside the
 * referral's chain. A scheduled round reads only the clocks that fell due since the previous one; every
 * {@code fullScan}, and first after a start, a round reads every running clock. No case is kept in memory: a
 * monitor that was down catches up on every signal that fell due meanwhile, a clock that ended before its time is
 * no longer running and gets none, and two instances never write the same signal (its row in cb_deadline_signal is
 * claimed in the transaction that puts its event into the outbox; an event whose send fails is appended by the
 * outbox relay).
 */
public final class DeadlineMonitor implements SmartLifecycle {

    public static final String SIGNALS = "casebridge.deadlines.signals";
    public static final String LATENESS = "casebridge.deadlines.lateness";
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineMonitor.class);

    private final RunningClocks clocks;
    private final WrittenSignals written;
    private final EventPublisher publisher;
    private final CommandJournal journal;
    private final Clock clock;
    private final DeadlineMonitorProperties properties;
    private final Duration retryAfter;
    private MeterRegistry meters;
    private final BackgroundRounds rounds = new BackgroundRounds("casebridge-deadline-monitor");

    /** Of the scheduled rounds, on their one thread: a shortcut only, every full scan finds what they skip. */
    private Instant lastRound;
    private Instant lastFullScan;

    DeadlineMonitor(RunningClocks clocks, WrittenSignals written, EventPublisher publisher, CommandJournal journal,
                    Clock clock, DeadlineMonitorProperties properties, Duration retryAfter) {
        this.clocks = clocks;
        this.written = written;
        this.publisher = publisher;
        this.journal = journal;
        this.clock = clock;
        this.properties = properties;
        this.retryAfter = retryAfter;
    }

    /**
     * {@value #SIGNALS} (tagged {@code signal}): signals written; {@value #LATENESS}: from when each was due to its
     * acknowledgement by the broker.
     */
    void bindTo(MeterRegistry registry) {
        this.meters = registry;
    }

    /** Rounds over every running clock until one finds less than a full batch due now; answers the signals appended. */
    public int catchUp() {
        return catchUp(clock.instant());
    }

    /**
     * Rounds over every running clock as of {@code asOf} (the signals are given at that instant) until one finds
     * less than a full batch due: what a monitor does when it starts, and what a test of a 15-day clock does 15 days
     * ahead.
     */
    public int catchUp(Instant asOf) {
        return catchUp(RunningClocks.EVERY, asOf);
    }

    private int catchUp(Instant since, Instant asOf) {
        int appended = 0;
        int found;
        do {
            Round round = round(since, asOf.truncatedTo(ChronoUnit.MILLIS));
            appended += round.appended();
            found = round.found();
        } while (found >= properties.batch());
        return appended;
    }

    /** One round: the due breaches first (the more urgent), then the due warnings, each written once. */
    private Round round(Instant since, Instant now) {
        Instant started = clock.instant();
        List<DueSignal> due = new ArrayList<>(clocks.breaches(since, now, properties.batch()));
        int breaches = due.size();
        due.addAll(clocks.warnings(since, now, properties.batch()));
        List<Sending> sending = new ArrayList<>(due.size());
        for (DueSignal signal : due) {
            PendingEvent event = publisher.prepare(signal.event(now, properties.officer()));
            if (journal.recordOwn(event, now, () -> written.claim(signal, now))) {
                sending.add(new Sending(signal, event, publisher.send(event)));
            }
        }
        int appended = 0;
        for (Sending send : sending) {
            try {
                publisher.acknowledged(send.event(), send.sent());
                journal.sent(send.event().eventId());
                appended++;
                record(send.signal(), Duration.between(send.signal().dueToSignalAt(), now)
                        .plus(Duration.between(started, clock.instant())));
            } catch (PublishFailedException e) {
                journal.sendFailed(send.event().eventId(), clock.instant().plus(retryAfter));
            }
        }
        if (!sending.isEmpty()) {
            LOG.info("deadline monitor: {} breaches and {} warnings due at {}; {} written, {} appended, the others"
                    + " left to the outbox relay", breaches, due.size() - breaches, now, sending.size(), appended);
        }
        return new Round(Math.max(breaches, due.size() - breaches), appended);
    }

    /** @param late from when the signal fell due to its acknowledgement */
    private void record(DueSignal signal, Duration late) {
        if (meters != null) {
            Counter.builder(SIGNALS).tag("signal", signal.signal()).register(meters).increment();
            Timer.builder(LATENESS).tag("signal", signal.signal()).register(meters).record(late);
        }
    }

    /**
     * A round over the clocks that fell due since shortly before the previous round (the signals already written
     * and the clocks still far from due are not read again), and every {@code fullScan} one over every running
     * clock.
     */
    private void scheduled() {
        Instant now = clock.instant();
        try {
            boolean full = lastFullScan == null || !now.isBefore(lastFullScan.plus(properties.fullScan()));
            catchUp(full ? RunningClocks.EVERY : lastRound.minus(properties.interval()), now);
            lastRound = now;
            if (full) {
                lastFullScan = now;
            }
        } catch (RuntimeException e) {
            // The database or the registry may be away for a moment: the next round finds the same clocks due.
            LOG.warn("deadline monitor round failed: {}", e.toString());
        }
    }

    @Override
    public void start() {
        lastFullScan = null;
        rounds.start(this::scheduled, Duration.ZERO, properties.interval());
    }

    @Override
    public void stop() {
        rounds.stop();
    }

    @Override
    public boolean isRunning() {
        return rounds.running();
    }

    /** @param found the larger of the breaches and the warnings found due: a full batch means more may be due */
    record Round(int found, int appended) {
    }

    private record Sending(DueSignal signal, PendingEvent event, CompletableFuture<SendResult<String, byte[]>> sent) {
    }
}
