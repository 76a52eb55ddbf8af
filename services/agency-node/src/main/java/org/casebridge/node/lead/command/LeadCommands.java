package org.casebridge.node.lead.command;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.lead.LeadMerged;
import org.casebridge.node.lead.query.LeadDetail;
import org.casebridge.node.lead.query.LeadQueries;
import org.casebridge.platform.command.CaseCommands;
import org.casebridge.platform.projection.CaseEvent;
import org.casebridge.platform.security.Caller;
import org.casebridge.projections.lead.LeadProjection;
import org.casebridge.rules.lead.LeadState;

/**
 * The lead commands of every agency service, on the shared command path ({@link CaseCommands}): judged by the lead
 * lifecycle against the service's projection before anything is published, then appended, waited for and answered
 * with the lead as it now stands (read your own writes).
 *
 * <p>Duplicates are detected here, on the command path of the service that raises the lead, once its own consumer
 * has applied the new lead: the earliest lead notified before it within the window that names the same inspection
 * patch, parcel or suspect id number (and is not itself merged) is the one it duplicates, and the new lead is
 * merged into it at once with a LeadMerged signed by its own notifier, so the first notifier keeps the credit. The
 * decision is an event on the new lead's own chain, so every consumer and every replay applies the same merge,
 * whatever order they read the two leads in (they are on different partitions); it is deterministic across
 * instances because the projection is shared by them and the merge's event id derives from the raise's
 * Idempotency-Key (a retry finds the merge already taken). What it cannot see: a lead not yet applied by this
 * service's consumer (two reports raised within the consumer's lag of each other, typically milliseconds), and
 * H2/H3 leads, whose existence must not be disclosed to another notifier. Those an addressee merges by hand
 * ({@code POST /api/leads/{id}/merge}).
 */
public final class LeadCommands {

    /** Appended to the raise's Idempotency-Key for the merge that may follow it. */
    private static final String MERGE_KEY_SUFFIX = "#merge";

    private final CaseCommands<LeadState, CaseEvent> commands;
    private final LeadQueries queries;
    private final LeadProjection projection;
    private final Duration duplicateWindow;

    LeadCommands(CaseCommands<LeadState, CaseEvent> commands, LeadQueries queries, LeadProjection projection,
                 Duration duplicateWindow) {
        this.commands = commands;
        this.queries = queries;
        this.projection = projection;
        this.duplicateWindow = duplicateWindow;
    }

    /**
     * Raises a new lead under {@code leadId} (a retry with the same key answers with the lead the first request
     * raised), merged into an earlier one when it duplicates it.
     */
    public LeadDetail raise(Caller caller, String idempotencyKey, String leadId, HandlingCode handlingCode,
                            Object request, Function<EventMeta, SpecificRecord> event) {
        CaseEvent notified = commands.open(caller, idempotencyKey, "raise-lead", leadId, handlingCode, request, event);
        String raised = notified.caseId();
        Instant notifiedAt = projection.notifiedAt(raised).orElseThrow();
        projection.earliestMatch(raised, notifiedAt.minus(duplicateWindow)).ifPresent(match ->
                merge(caller, idempotencyKey + MERGE_KEY_SUFFIX, raised, new MergeRequest(match.leadId(), match.basis())));
        return queries.get(caller, raised);
    }

    /** Merges the lead into an earlier one it duplicates. */
    LeadDetail merge(Caller caller, String idempotencyKey, String leadId, MergeRequest into) {
        return act(caller, idempotencyKey, "merge", leadId, into, meta -> LeadMerged.newBuilder().setMeta(meta)
                .setSurvivingLeadId(into.survivingLeadId()).setMatchedOn(into.matchedOn()).build());
    }

    /** Whether {@code later} was notified before {@code earlier} (by time, then id): a merge goes the other way. */
    boolean notifiedAfter(String earlier, String later) {
        Instant first = projection.notifiedAt(earlier).orElseThrow();
        Instant second = projection.notifiedAt(later).orElseThrow();
        return first.isAfter(second) || (first.equals(second) && earlier.compareTo(later) > 0);
    }

    /**
     * Acts on an existing lead the caller can see ({@code NotFoundException} otherwise).
     *
     * @param command names the command, so that one key cannot stand for two different commands
     * @param request what the caller sent, for the idempotency check
     */
    public LeadDetail act(Caller caller, String idempotencyKey, String command, String leadId, Object request,
                          Function<EventMeta, SpecificRecord> event) {
        return queries.get(caller, commands.act(caller, idempotencyKey, command, leadId, request, event).caseId());
    }
}
