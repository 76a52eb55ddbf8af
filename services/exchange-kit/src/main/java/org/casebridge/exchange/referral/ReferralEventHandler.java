package org.casebridge.exchange.referral;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casebridge.contracts.Topic;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.exchange.clock.LegalClock;
import org.casebridge.exchange.directory.AgencyUnit;
import org.casebridge.exchange.integrity.ChainDecision;
import org.casebridge.exchange.integrity.ChainHead;
import org.casebridge.exchange.integrity.HashChain;
import org.casebridge.exchange.integrity.VerifiedEvent;
import org.casebridge.exchange.metrics.ExchangeMetrics;
import org.casebridge.exchange.projection.RecordHandler;
import org.casebridge.exchange.referral.deadline.ReferralDeadlines;

/**
 * Applies verified referral events to the projection, deterministically: an event id seen before changes
 * nothing; an event that does not extend the case's hash chain (stale or missing predecessor) or that the
 * lifecycle refuses is recorded with its verdict and leaves the referral as it was; an accepted one also updates
 * the referral's legal clocks. Every service and every replay of the same log reaches the same state.
 */
public final class ReferralEventHandler implements RecordHandler<VerifiedEvent> {

    private final ReferralProjection projection;
    private final ReferralDeadlines deadlines;
    private final ExchangeMetrics metrics;

    public ReferralEventHandler(ReferralProjection projection) {
        this(projection, null);
    }

    /** With counters of applied and rejected events; {@code metrics} may be null. Clocks of the bundled rules. */
    public ReferralEventHandler(ReferralProjection projection, ExchangeMetrics metrics) {
        this(projection, new ReferralDeadlines(LegalClock.bundled()), metrics);
    }

    public ReferralEventHandler(ReferralProjection projection, ReferralDeadlines deadlines, ExchangeMetrics metrics) {
        this.projection = projection;
        this.deadlines = deadlines;
        this.metrics = metrics;
    }

    @Override
    public void handle(ConsumerRecord<String, VerifiedEvent> record) {
        VerifiedEvent event = record.value();
        if (event == null || projection.event(event.meta().getEventId().toString()).isPresent()) {
            return;
        }
        EventMeta meta = event.meta();
        StoredReferral stored = projection.find(meta.getCaseId()).orElse(null);
        if (event.type().topic() != Topic.REFERRALS) {
            record(record, event, "WRONG_TOPIC", event.type().simpleName() + " does not belong on " + record.topic());
            return;
        }
        ChainDecision chain = HashChain.check(stored == null ? ChainHead.EMPTY : stored.head(), event, false);
        if (!chain.accepted()) {
            record(record, event, chain.verdict().name(), "sequence " + meta.getSequence() + " after "
                    + (stored == null ? "nothing" : "head " + stored.head().sequence()) + " with previous hash "
                    + meta.getPreviousHash() + ": " + chain.verdict());
            return;
        }
        LifecycleDecision decision = ReferralLifecycle.decide(stored == null ? null : stored.state(), event.event(), meta);
        if (!decision.accepted()) {
            record(record, event, decision.code().name(), decision.reason());
            return;
        }
        projection.save(decision.state(), chain.head(), meta.getOccurredAt());
        record(record, event, TimelineEntry.ACCEPTED, null);
        // Recomputed from the accepted events (a handful per referral), so the stored clocks are exactly what a
        // replay of the log derives.
        projection.saveDeadlines(meta.getCaseId(), deadlines.track(projection.acceptedEvents(meta.getCaseId())));
    }

    private void record(ConsumerRecord<String, VerifiedEvent> record, VerifiedEvent event, String verdict, String reason) {
        if (metrics != null && TimelineEntry.ACCEPTED.equals(verdict)) {
            metrics.applied(record.topic());
        } else if (metrics != null) {
            metrics.rejected(record.topic(), verdict);
        }
        EventMeta meta = event.meta();
        projection.record(new TimelineEntry(meta.getEventId().toString(), meta.getCaseId(), meta.getSequence(),
                event.type().simpleName(), AgencyUnit.idOf(meta.getActingAgency()), meta.getOfficer(),
                meta.getOccurredAt(), event.eventHash(), verdict, reason, record.partition(), record.offset(),
                event.event().toString()));
    }
}
