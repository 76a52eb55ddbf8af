package org.casebridge.platform.command;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.casebridge.platform.command.EventPublisher.PublishFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's events whose command did not see them acknowledged: the broker was down, or the instance
 * died between recording the command and the acknowledgement. Every instance runs one; each round locks the due
 * rows with {@code for update skip locked}, so that two relays never send the same row at once, sends them all,
 * and deletes each acknowledged one in the same transaction. A copy that a crash between acknowledgement and
 * commit sends twice carries the same event id, and consumers apply an event id once.
 */
public final class OutboxRelay implements SmartLifecycle {

    public static final String PENDING = "casebridge.outbox.pending";
    public static final String RELAYED = "casebridge.outbox.relayed";
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    private final OutboxTable outbox;
    private final TransactionTemplate transactions;
    private final EventPublisher publisher;
    private final Clock clock;
    private final Duration interval;
    private final Duration retryAfter;
    private Counter relayed;
    private final BackgroundRounds rounds = new BackgroundRounds("casebridge-outbox-relay");

    OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, EventPublisher publisher, Clock clock,
                Duration interval, Duration retryAfter) {
        this.outbox = new OutboxTable(jdbc);
        this.transactions = transactions;
        this.publisher = publisher;
        this.clock = clock;
        this.interval = interval;
        this.retryAfter = retryAfter;
    }

    /** {@value #PENDING}: events recorded and not acknowledged; {@value #RELAYED}: events the relay appended. */
    void bindTo(MeterRegistry registry) {
        Gauge.builder(PENDING, outbox, OutboxTable::size).description("Events recorded and not yet on the log")
                .register(registry);
        relayed = Counter.builder(RELAYED).description("Events the outbox relay appended").register(registry);
    }

    /** One round: the due events, sent and each deleted or postponed; answers how many were appended. */
    int relayDue() {
        Integer appended = transactions.execute(status -> {
            List<PendingEvent> due = outbox.claimDue(clock.instant(), BATCH);
            List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>(due.size());
            due.forEach(event -> sends.add(publisher.send(event)));
            int count = 0;
            for (int i = 0; i < due.size(); i++) {
                PendingEvent event = due.get(i);
                try {
                    RecordMetadata appendedAt = publisher.acknowledged(event, sends.get(i));
                    outbox.sent(event.eventId());
                    LOG.debug("relayed event {} of case {} to {}-{}@{}", event.eventId(), event.key(),
                            appendedAt.topic(), appendedAt.partition(), appendedAt.offset());
                    count++;
                } catch (PublishFailedException e) {
                    outbox.postpone(event.eventId(), clock.instant().plus(retryAfter));
                    LOG.debug("event {} of case {} is still not on the log, next attempt in {}: {}", event.eventId(),
                            event.key(), retryAfter, e.getMessage());
                }
            }
            // One line a round, not one an event: after a long outage a round holds a whole batch.
            if (count < due.size()) {
                LOG.warn("outbox relay: {} of {} due events appended; the others again in {}", count, due.size(),
                        retryAfter);
            } else if (count > 0) {
                LOG.info("outbox relay: {} due events appended", count);
            }
            return count;
        });
        if (relayed != null) {
            relayed.increment(appended);
        }
        return appended;
    }

    private void round() {
        try {
            relayDue();
        } catch (RuntimeException e) {
            // The database may be away for a moment: the next round tries again, the rows are still there.
            LOG.warn("outbox relay round failed: {}", e.toString());
        }
    }

    @Override
    public void start() {
        rounds.start(this::round, interval, interval);
    }

    @Override
    public void stop() {
        rounds.stop();
    }

    @Override
    public boolean isRunning() {
        return rounds.running();
    }
}
