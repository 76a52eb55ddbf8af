package org.casebridge.projections.referral;

import java.time.Instant;

import org.casebridge.platform.projection.AppliedVerdict;
import org.casebridge.platform.projection.CaseEvent;

/**
 * One event of a referral as received, accepted or not: what the timeline shows and what makes a redelivered
 * event a no-op (its id is already known).
 *
 * @param eventId    the event's id
 * @param referralId the case
 * @param sequence   the position the writer claimed
 * @param eventType  e.g. {@code CaseFiled}
 * @param actingUnit e.g. {@code POLICE:150203}
 * @param officer    the named officer
 * @param occurredAt when it happened
 * @param eventHash  hex SHA-256 of the signed bytes
 * @param verdict    {@code ACCEPTED}, a chain verdict ({@code CONFLICT}, {@code GAP}) or a {@link RejectionCode}
 * @param reason     why it was refused; null when accepted
 * @param partition  where it was read
 * @param offset     where it was read
 * @param payload    the event as JSON
 */
public record TimelineEntry(String eventId, String referralId, long sequence, String eventType, String actingUnit,
                            String officer, Instant occurredAt, String eventHash, String verdict, String reason,
                            int partition, long offset, String payload) implements AppliedVerdict {

    public static final String ACCEPTED = AppliedVerdict.ACCEPTED;

    /** A referral's event as the shared case-event handler records it. */
    static TimelineEntry of(CaseEvent event) {
        return new TimelineEntry(event.eventId(), event.caseId(), event.sequence(), event.eventType(),
                event.actingUnit(), event.officer(), event.occurredAt(), event.eventHash(), event.verdict(),
                event.reason(), event.partition(), event.offset(), event.payload());
    }

    /** The entry as the shared event table stores it. */
    CaseEvent toCaseEvent() {
        return new CaseEvent(eventId, referralId, sequence, eventType, actingUnit, officer, occurredAt, eventHash,
                verdict, reason, partition, offset, payload);
    }

    @Override
    public String caseId() {
        return referralId;
    }
}
