package org.casebridge.platform.projection;

import java.time.Instant;

/**
 * One event of a case as a projection received it, accepted or not: what a timeline shows, what makes a
 * redelivered event a no-op (its id is known) and what a command waits for.
 *
 * @param eventId    the event's id
 * @param caseId     the case
 * @param sequence   the position the writer claimed
 * @param eventType  e.g. {@code LeadAcknowledged}
 * @param actingUnit e.g. {@code POLICE:150203}
 * @param officer    the named officer
 * @param occurredAt when it happened
 * @param eventHash  hex SHA-256 of the signed bytes
 * @param verdict    {@code ACCEPTED}, a chain verdict ({@code CONFLICT}, {@code GAP}) or a lifecycle code
 * @param reason     why it was refused; null when accepted
 * @param partition  where it was read
 * @param offset     where it was read
 * @param payload    the event as JSON
 */
public record CaseEvent(String eventId, String caseId, long sequence, String eventType, String actingUnit,
                        String officer, Instant occurredAt, String eventHash, String verdict, String reason,
                        int partition, long offset, String payload) implements AppliedVerdict {
}
