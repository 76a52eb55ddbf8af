package org.casebridge.projections.testing;

import java.time.Duration;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.platform.command.EventPublisher;
import org.casebridge.platform.projection.AppliedEvents;
import org.casebridge.projections.referral.ReferralProjection;
import org.casebridge.projections.referral.StoredReferral;
import org.casebridge.projections.referral.TimelineEntry;
import org.casebridge.rules.testing.SampleEvents;

/**
 * Events written the way the command path writes them, in a service context on the real broker: published, then
 * awaited until the service's own consumer recorded a verdict (read your own writes).
 */
public final class AppliedCommands {

    private static final Duration APPLIED_WITHIN = Duration.ofSeconds(20);

    private final EventPublisher publisher;
    private final AppliedEvents<TimelineEntry> applied;
    private final ReferralProjection projection;

    public AppliedCommands(EventPublisher publisher, AppliedEvents<TimelineEntry> applied,
                           ReferralProjection projection) {
        this.publisher = publisher;
        this.applied = applied;
        this.projection = projection;
    }

    /** Publishes and waits (20 s at most) for the verdict. */
    public TimelineEntry publish(SpecificRecord event) {
        EventMeta meta = (EventMeta) event.get(event.getSchema().getField("meta").pos());
        return applied.publishAndAwait(meta.getEventId().toString(), () -> publisher.publish(event).partition(), APPLIED_WITHIN)
                .orElseThrow(() -> new AssertionError(meta.getEventId() + " was not applied within " + APPLIED_WITHIN));
    }

    /** Meta for the next event on the writer's current view of the case (head from the projection). */
    public EventMeta next(String caseId, AgencyRef acting) {
        return after(projection.find(caseId).orElseThrow(), acting);
    }

    /** Meta for an event written on the view {@code seen}, e.g. one that is stale by now. */
    public static EventMeta after(StoredReferral seen, AgencyRef acting) {
        EventMeta meta = SampleEvents.meta(seen.state().referralId(), seen.head().sequence() + 1, acting);
        meta.setEventId(UUID.randomUUID());
        meta.setPreviousHash(seen.head().hash());
        return meta;
    }
}
