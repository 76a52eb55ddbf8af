package org.casebridge.platform.command;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.casebridge.platform.command.IdempotencyStore.RecordedCommand;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a command leaves in the service's database before its event is sent: its Idempotency-Key and its signed
 * event, in one transaction (the transactional outbox, ADR 0005). A key is therefore never recorded without an
 * event that will reach the log: the command's own send, or the {@link OutboxRelay} of any instance.
 */
public final class CommandJournal {

    private final IdempotencyStore keys;
    private final OutboxTable outbox;
    private final TransactionTemplate transactions;
    /** How long the command's own send may take; the relay leaves the event alone until then. */
    private final Duration ownSend;

    CommandJournal(JdbcClient jdbc, TransactionTemplate transactions, Duration ownSend) {
        this.keys = new IdempotencyStore(jdbc);
        this.outbox = new OutboxTable(jdbc);
        this.transactions = transactions;
        this.ownSend = ownSend;
    }

    Optional<RecordedCommand> find(String unitId, String key) {
        return keys.find(unitId, key);
    }

    /** Records the command and its event; false when a concurrent request with the same key recorded one first. */
    boolean record(String unitId, String key, RecordedCommand command, PendingEvent event, Instant at) {
        return recordOwn(event, at, () -> keys.claim(unitId, key, command, at));
    }

    /**
     * Records an event with {@code claim}, the writer's own record that it was written (a command's Idempotency-Key,
     * the legal clock's claim of a signal), in one transaction; {@code claim} throws a {@link DuplicateKeyException}
     * when the event was written before (by this instance or another).
     *
     * @return false when {@code claim} found the event written already
     */
    public boolean recordOwn(PendingEvent event, Instant at, Runnable claim) {
        try {
            transactions.executeWithoutResult(status -> {
                claim.run();
                outbox.insert(event, at, at.plus(ownSend));
            });
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** The broker acknowledged the event. */
    public void sent(String eventId) {
        outbox.sent(eventId);
    }

    /** The command's own send failed: the relay tries again from {@code retryAt}. */
    public void sendFailed(String eventId, Instant retryAt) {
        outbox.postpone(eventId, retryAt);
    }

    /** Whether the event is recorded but not acknowledged yet. */
    boolean awaitsAppend(String eventId) {
        return outbox.holds(eventId);
    }
}
