package org.casebridge.node.referral.command;

import java.util.function.Function;

import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.node.referral.query.ReferralDetail;
import org.casebridge.node.referral.query.ReferralQueries;
import org.casebridge.platform.command.CaseCommands;
import org.casebridge.platform.security.Caller;
import org.casebridge.projections.referral.TimelineEntry;
import org.casebridge.rules.referral.ReferralState;

/**
 * The referral commands of every agency service, on the shared command path ({@link CaseCommands}): judged by
 * the referral lifecycle against the service's projection before anything is published, then appended and waited
 * for, and answered with the referral as it now stands (read your own writes).
 */
public final class ReferralCommands {

    private final CaseCommands<ReferralState, TimelineEntry> commands;
    private final ReferralQueries queries;
    private final Runnable admission;

    /**
     * @param admission throws when no command may be taken now (a rebuild of the projection runs: 503)
     */
    ReferralCommands(CaseCommands<ReferralState, TimelineEntry> commands, ReferralQueries queries, Runnable admission) {
        this.commands = commands;
        this.queries = queries;
        this.admission = admission;
    }

    /**
     * Submits a new referral under {@code referralId} (a retry with the same key answers the referral the first
     * request created, whatever id this one would have had).
     *
     * @param request what the caller sent, for the idempotency check
     * @param event   builds the ReferralSubmitted around the meta
     */
    public ReferralDetail submit(Caller caller, String idempotencyKey, String referralId, HandlingCode handlingCode,
                                 Object request, Function<EventMeta, SpecificRecord> event) {
        admission.run();
        return readBack(caller, commands.open(caller, idempotencyKey, "submit", referralId, handlingCode, request, event));
    }

    /**
     * Acts on an existing referral the caller can see ({@code NotFoundException} otherwise).
     *
     * @param command names the command, so that one key cannot stand for two different commands
     * @param request what the caller sent, for the idempotency check
     * @param event   builds the event around the meta
     */
    public ReferralDetail act(Caller caller, String idempotencyKey, String command, String referralId, Object request,
                              Function<EventMeta, SpecificRecord> event) {
        admission.run();
        return readBack(caller, commands.act(caller, idempotencyKey, command, referralId, request, event));
    }

    /**
     * Like {@link #act}, for a command that hands the referral over to another unit (forwarding): the caller's unit
     * may no longer see the referral once it is applied, so the answer is the accepted event, not the referral.
     */
    public TimelineEntry handOver(Caller caller, String idempotencyKey, String command, String referralId,
                                  Object request, Function<EventMeta, SpecificRecord> event) {
        admission.run();
        return commands.act(caller, idempotencyKey, command, referralId, request, event);
    }

    /** The referral as it stands after the command's event (read your own writes). */
    private ReferralDetail readBack(Caller caller, TimelineEntry applied) {
        return queries.get(caller, applied.referralId());
    }
}
