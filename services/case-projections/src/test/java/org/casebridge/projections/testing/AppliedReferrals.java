package org.casebridge.projections.testing;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casebridge.platform.integrity.VerifiedEvent;
import org.casebridge.platform.projection.OffsetStore;
import org.casebridge.platform.projection.TransactionalApplier;
import org.casebridge.platform.testing.ProjectionDatabase;
import org.casebridge.projections.referral.ReferralEventHandler;
import org.casebridge.projections.referral.ReferralProjection;

/**
 * A referral projection on a fresh database (H2, or PostgreSQL when a server answers; the test is skipped without
 * one, except in CI) fed the way the service's consumer feeds it: each delivered event becomes the next record of
 * partition 0 of {@code referrals} and is applied with its offset in one transaction.
 */
public final class AppliedReferrals {

    private final ProjectionDatabase database;
    private final ReferralProjection projection;
    private final OffsetStore offsets;
    private final TransactionalApplier<VerifiedEvent> applier;
    private final List<ConsumerRecord<String, VerifiedEvent>> log = new ArrayList<>();

    private AppliedReferrals(ProjectionDatabase database, String group) {
        this.database = database;
        this.projection = new ReferralProjection(database.jdbc());
        this.offsets = new OffsetStore(database.jdbc());
        this.applier = new TransactionalApplier<>(group, offsets, database.transactions(),
                new ReferralEventHandler(projection));
    }

    /** For the consumer group {@code group}; skips the test on PostgreSQL when no server answers (outside CI). */
    public static AppliedReferrals open(ProjectionDatabase.Kind kind, String group) {
        return new AppliedReferrals(ProjectionDatabase.createOrSkip(kind), group);
    }

    /** Appends the event to the log and applies it. */
    public void deliver(VerifiedEvent event) {
        ConsumerRecord<String, VerifiedEvent> record = new ConsumerRecord<>("referrals", 0, log.size(),
                event.meta().getCaseId(), event);
        log.add(record);
        applier.onMessage(List.of(record));
    }

    /** Applies the {@code index}-th record of the log again, as a replay or a redelivery does. */
    public void redeliver(int index) {
        applier.onMessage(List.of(log.get(index)));
    }

    /** Records delivered so far. */
    public int size() {
        return log.size();
    }

    public ProjectionDatabase database() {
        return database;
    }

    public ReferralProjection projection() {
        return projection;
    }

    public OffsetStore offsets() {
        return offsets;
    }
}
