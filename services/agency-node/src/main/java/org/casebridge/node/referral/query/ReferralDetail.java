package org.casebridge.node.referral.query;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One referral as its caller may see it: the summary, what the sender submitted (parties without personal
 * data unless the caller is addressed) and every event received for it, accepted or not.
 *
 * @param summary      status, units and the next deadline
 * @param court        the trial court, or null
 * @param referralType {@code THRESHOLD_MET} or {@code REASONABLE_SUSPICION}
 * @param caseData     case number, cause, offence, quantities, location
 * @param parties      the parties; personal data left out when the caller is not addressed
 * @param priorPenalties prior administrative penalties
 * @param documents    documents with SHA-256 and URI
 * @param evidence     evidence items
 * @param deadlines    every legal clock of the referral, running and done, in the order they started
 * @param timeline     the events in chain order
 */
public record ReferralDetail(ReferralSummary summary, String court, String referralType, JsonNode caseData,
                             JsonNode parties, JsonNode priorPenalties, JsonNode documents, JsonNode evidence,
                             List<DeadlineView> deadlines, List<TimelineItem> timeline) {

    /**
     * One event of the timeline.
     *
     * @param sequence   position in the case
     * @param eventType  e.g. {@code ReceiptSigned}
     * @param actingUnit e.g. {@code POLICE:150203}
     * @param officer    who acted
     * @param occurredAt when
     * @param verdict    {@code ACCEPTED} or why it was refused
     * @param reason     the refusal in words, or null
     * @param content    the event's fields other than its meta
     * @param deadlines  the clocks this event ended, with whether it met them (e.g. the decision against the period
     *                   it claims); empty for most events and for refused ones
     */
    public record TimelineItem(long sequence, String eventType, String actingUnit, String officer,
                               Instant occurredAt, String verdict, String reason, JsonNode content,
                               List<DeadlineView> deadlines) {
    }
}
