package org.casebridge.projections.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casebridge.contracts.Topic;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.platform.integrity.ChainHead;
import org.casebridge.platform.integrity.VerifiedEvent;
import org.casebridge.platform.metrics.ExchangeMetrics;
import org.casebridge.platform.projection.CaseEvent;
import org.casebridge.platform.projection.CaseEventHandler;
import org.casebridge.platform.projection.CaseStore;
import org.casebridge.platform.projection.RecordHandler;
import org.casebridge.platform.projection.StoredCase;
import org.casebridge.rules.clock.LegalClock;
import org.casebridge.rules.lifecycle.Judgement;
import org.casebridge.rules.referral.ReferralLifecycle;
import org.casebridge.rules.referral.ReferralState;
import org.casebridge.rules.referral.RejectionCode;
import org.casebridge.rules.referral.deadline.ClockEvent;
import org.casebridge.rules.referral.deadline.DeadlineSignal;
import org.casebridge.rules.referral.deadline.ReferralDeadlines;
import org.casebridge.rules.referral.deadline.TrackedDeadline;

/**
 * Applies verified referral events to the referral projection with the shared {@link CaseEventHandler}: the
 * hash chain, then {@link ReferralLifecycle}; every verdict recorded in the timeline, and an accepted event that
 * can move a clock also updates the referral's legal clocks, written with the referral.
 */
public final class ReferralEventHandler implements RecordHandler<VerifiedEvent> {

    private final CaseEventHandler<ReferralState> handler;

    public ReferralEventHandler(ReferralProjection projection) {
        this(projection, null);
    }

    /** With counters of applied and rejected events; {@code metrics} may be null. Clocks of the bundled rules. */
    public ReferralEventHandler(ReferralProjection projection, ExchangeMetrics metrics) {
        this(projection, new ReferralDeadlines(LegalClock.bundled()), metrics);
    }

    public ReferralEventHandler(ReferralProjection projection, ReferralDeadlines deadlines, ExchangeMetrics metrics) {
        this.handler = new CaseEventHandler<>(Topic.REFERRALS, new Store(projection, deadlines),
                (state, event, meta) -> judge(projection, state, event, meta), metrics);
    }

    /**
     * The lifecycle's table, and for the legal clock's warnings and breaches the referral's clocks as this reader
     * derived them ({@link DeadlineSignal}).
     */
    private static Judgement<ReferralState> judge(ReferralProjection projection, ReferralState state,
                                                  SpecificRecord event, EventMeta meta) {
        Judgement<ReferralState> judgement = ReferralLifecycle.judge(state, event, meta);
        Optional<DeadlineSignal> signal = DeadlineSignal.of(event);
        if (!judgement.accepted() || signal.isEmpty()) {
            return judgement;
        }
        String refusal = signal.get().refusal(projection.deadlines(state.referralId()), meta.getOccurredAt());
        return refusal == null ? judgement
                : Judgement.refuse(state, RejectionCode.INVALID_CONTENT.name(), refusal);
    }

    @Override
    public void handle(ConsumerRecord<String, VerifiedEvent> record) {
        handler.handle(record);
    }

    /** The referral tables as the shared handler sees them. */
    private record Store(ReferralProjection projection, ReferralDeadlines deadlines)
            implements CaseStore<ReferralState> {

        @Override
        public boolean knows(String eventId) {
            return projection.knows(eventId);
        }

        @Override
        public Optional<StoredCase<ReferralState>> find(String caseId) {
            return projection.find(caseId).map(stored -> new StoredCase<>(stored.state(), stored.head()));
        }

        @Override
        public void save(ReferralState previous, ReferralState state, ChainHead head, VerifiedEvent event) {
            List<TrackedDeadline> clocks = null;
            if (ReferralDeadlines.moves(event.type().simpleName())) {
                // Recomputed from the accepted events (a handful per referral), so the stored clocks are exactly what a
                // replay of the log derives: the earlier ones as stored (a first event has none), this one from its
                // record, which the timeline records after this.
                List<ClockEvent> accepted = new ArrayList<>(previous == null
                        ? List.of() : projection.clockEvents(state.referralId()));
                accepted.add(ClockEvent.of(event.event(), event.meta()));
                clocks = deadlines.track(accepted);
            }
            projection.save(previous, state, head, event.meta().getOccurredAt(), clocks);
        }

        @Override
        public void saveBeside(ReferralState state, VerifiedEvent event) {
            DeadlineSignal.of(event.event()).ifPresent(signal -> projection.recordSignal(event.meta(), signal));
        }

        @Override
        public void record(CaseEvent event) {
            projection.record(TimelineEntry.of(event));
        }
    }
}
