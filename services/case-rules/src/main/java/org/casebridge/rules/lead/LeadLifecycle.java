package org.casebridge.rules.lead;

import static org.casebridge.rules.lead.LeadStatus.ACKNOWLEDGED;
import static org.casebridge.rules.lead.LeadStatus.INVESTIGATING;
import static org.casebridge.rules.lead.LeadStatus.NOTIFIED;

import java.util.EnumSet;
import java.util.HashSet;

import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.AgencyType;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.lead.LeadAcknowledged;
import org.casebridge.contracts.lead.LeadConvertedToReferral;
import org.casebridge.contracts.lead.LeadInvestigationStarted;
import org.casebridge.contracts.lead.LeadMerged;
import org.casebridge.contracts.lead.LeadNotified;
import org.casebridge.contracts.lead.LeadOutcome;
import org.casebridge.contracts.lead.LeadOutcomeReported;
import org.casebridge.rules.lifecycle.Judgement;
import org.casebridge.rules.lifecycle.Refusal;
import org.casebridge.rules.lifecycle.TransitionTable;

/**
 * The lead lifecycle of docs/domain.md as one table: NOTIFIED → ACKNOWLEDGED → INVESTIGATING → OUTCOME_REPORTED, or
 * MERGED into an earlier lead, or CONVERTED_TO_REFERRAL. Any agency raises a lead to the units it addresses; any
 * addressee acknowledges it (each once); an addressed police unit investigates it and reports the outcome back;
 * the notifier or an addressee merges a duplicate or (administrative agencies, per the topic catalogue) converts
 * it into a referral. The command path judges a command with it before publishing, and every consumer and replay
 * judges the published event again, so all reach the same verdicts. Pure and stateless.
 */
public final class LeadLifecycle {

    /** The code of an event for a lead that was never notified. */
    public static final String UNKNOWN_LEAD = "UNKNOWN_LEAD";

    private static final TransitionTable<LeadState, LeadStatus> TABLE = new TransitionTable<>("lead", LeadState::status);

    static {
        TABLE.on(LeadAcknowledged.class, EnumSet.of(NOTIFIED, ACKNOWLEDGED), LeadLifecycle::unacknowledgedAddressee,
                (s, e) -> s.acknowledgedBy(e.getMeta().getActingAgency()));
        TABLE.on(LeadInvestigationStarted.class, EnumSet.of(ACKNOWLEDGED), LeadLifecycle::addressedPolice,
                (s, e) -> s.investigatedBy(e.getMeta().getActingAgency()));
        TABLE.on(LeadOutcomeReported.class, EnumSet.of(INVESTIGATING),
                (s, e, acting) -> acting.equals(s.investigator()) ? null : TransitionTable.unit(s.investigator()),
                (s, e) -> s.reported(e.getOutcome()))
                .check((s, e) -> e.getDetails().isBlank() ? "describe the outcome"
                        : e.getOutcome() == LeadOutcome.FILED && blank(e.getFilingDecisionNumber())
                        ? "a FILED outcome names the filing decision number" : null);
        TABLE.on(LeadMerged.class, EnumSet.of(NOTIFIED, ACKNOWLEDGED, INVESTIGATING), LeadLifecycle::notifierOrAddressee,
                (s, e) -> s.mergedInto(e.getSurvivingLeadId()))
                .check((s, e) -> blank(e.getSurvivingLeadId()) ? "name the lead it duplicates"
                        : e.getSurvivingLeadId().equals(s.leadId()) ? "a lead cannot be merged into itself" : null);
        TABLE.on(LeadConvertedToReferral.class, EnumSet.of(NOTIFIED, ACKNOWLEDGED), LeadLifecycle::notifierOrAddressee,
                (s, e) -> s.convertedTo(e.getReferralId()))
                .check((s, e) -> blank(e.getReferralId()) ? "name the referral" : null);
    }

    private LeadLifecycle() {
    }

    /**
     * Judges one event against the lead's state.
     *
     * @param state the lead before the event; null when no event of it was accepted yet
     * @param event a lead event of the catalogue
     * @param meta  the event's meta (its acting agency is the signer, already verified)
     */
    public static Judgement<LeadState> judge(LeadState state, SpecificRecord event, EventMeta meta) {
        if (event instanceof LeadNotified notified) {
            return notify(state, notified, meta);
        }
        if (state == null) {
            return Judgement.refuse(null, UNKNOWN_LEAD, "lead " + meta.getCaseId() + " was never notified");
        }
        return TABLE.judge(state, event, meta.getActingAgency());
    }

    private static Judgement<LeadState> notify(LeadState state, LeadNotified event, EventMeta meta) {
        if (state != null) {
            return Judgement.refuse(state, Refusal.ILLEGAL_TRANSITION.name(),
                    "lead " + state.leadId() + " was already notified");
        }
        if (!event.getNotifier().equals(meta.getActingAgency())) {
            return Judgement.refuse(null, Refusal.WRONG_ACTOR.name(), TransitionTable.unit(meta.getActingAgency())
                    + " cannot notify a lead in the name of " + TransitionTable.unit(event.getNotifier()));
        }
        String problem = event.getAddressees().isEmpty() ? "address at least one agency"
                : event.getAddressees().contains(event.getNotifier()) ? "a notifier does not address itself"
                : new HashSet<>(event.getAddressees()).size() < event.getAddressees().size() ? "an agency is addressed twice"
                : event.getDescription().isBlank() ? "describe what was found" : null;
        if (problem != null) {
            return Judgement.refuse(null, Refusal.INVALID_CONTENT.name(), "LeadNotified: " + problem);
        }
        return Judgement.accept(LeadState.notified(meta.getCaseId(), event.getNotifier(), event.getAddressees(),
                meta.getHandlingCode()));
    }

    private static String unacknowledgedAddressee(LeadState state, SpecificRecord event, AgencyRef acting) {
        return state.addresses(acting) && !state.acknowledgedBy().contains(acting) ? null
                : "an addressee that has not acknowledged it yet";
    }

    private static String addressedPolice(LeadState state, SpecificRecord event, AgencyRef acting) {
        return state.addresses(acting) && acting.getType() == AgencyType.POLICE ? null : "an addressed police unit";
    }

    private static String notifierOrAddressee(LeadState state, SpecificRecord event, AgencyRef acting) {
        return acting.equals(state.notifier()) || state.addresses(acting) ? null : "the notifier or an addressee";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
