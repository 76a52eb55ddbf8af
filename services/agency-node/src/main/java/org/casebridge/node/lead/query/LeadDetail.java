package org.casebridge.node.lead.query;

import java.time.Instant;
import java.util.List;

import org.casebridge.contracts.lead.MatchBasis;
import tools.jackson.databind.JsonNode;

/**
 * One lead as its caller may see it: the summary, what the notifier reported (suspects without personal data
 * unless the caller is the notifier or an addressee), the duplicates merged into it and every event received for
 * it, accepted or not.
 *
 * @param summary          status and units
 * @param suspectedOffence the Criminal Law article and description
 * @param location         division, address, coordinates, inspection patch
 * @param parcelId         the parcel, or null
 * @param regionCode       the division whose agencies were all addressed, or null when units were named
 * @param description      what was found
 * @param suspects         the suspects; personal data left out unless the caller is addressed
 * @param quantities       quantities, or null
 * @param documents        documents with SHA-256 and URI
 * @param duplicates       later reports of the same lead merged into this one (H2 and H3 ones only for callers
 *                         who may see them)
 * @param timeline         the events in chain order
 */
public record LeadDetail(LeadSummary summary, JsonNode suspectedOffence, JsonNode location, String parcelId,
                         String regionCode, String description, JsonNode suspects, JsonNode quantities,
                         JsonNode documents, List<Duplicate> duplicates, List<TimelineItem> timeline) {

    /**
     * A later report merged into this lead: its notifier is not credited with the lead, this one's is.
     *
     * @param leadId    the merged lead
     * @param notifier  who reported it
     * @param matchedOn what made it the same lead
     */
    public record Duplicate(String leadId, String notifier, MatchBasis matchedOn) {
    }

    /**
     * One event of the timeline.
     *
     * @param sequence   position in the case
     * @param eventType  e.g. {@code LeadAcknowledged}
     * @param actingUnit e.g. {@code POLICE:150203}
     * @param officer    who acted
     * @param occurredAt when
     * @param verdict    {@code ACCEPTED} or why it was refused
     * @param reason     the refusal in words, or null
     * @param content    the event's fields other than its meta
     */
    public record TimelineItem(long sequence, String eventType, String actingUnit, String officer,
                               Instant occurredAt, String verdict, String reason, JsonNode content) {
    }
}
