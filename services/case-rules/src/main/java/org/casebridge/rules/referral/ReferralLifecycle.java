package org.casebridge.rules.referral;

import static org.casebridge.rules.referral.ReferralStatus.EXPLANATION_PROVIDED;
import static org.casebridge.rules.referral.ReferralStatus.EXPLANATION_REQUESTED;
import static org.casebridge.rules.referral.ReferralStatus.FILED;
import static org.casebridge.rules.referral.ReferralStatus.FILING_ORDERED;
import static org.casebridge.rules.referral.ReferralStatus.JUDGED;
import static org.casebridge.rules.referral.ReferralStatus.NOT_FILED;
import static org.casebridge.rules.referral.ReferralStatus.NOT_FILED_UPHELD;
import static org.casebridge.rules.referral.ReferralStatus.PENALTY_IMPOSED;
import static org.casebridge.rules.referral.ReferralStatus.RECEIVED;
import static org.casebridge.rules.referral.ReferralStatus.RECONSIDERATION_REQUESTED;
import static org.casebridge.rules.referral.ReferralStatus.REFUSAL_FOUND_VALID;
import static org.casebridge.rules.referral.ReferralStatus.SUBMITTED;
import static org.casebridge.rules.referral.ReferralStatus.SUBMITTED_FOR_TRIAL;
import static org.casebridge.rules.referral.ReferralStatus.SUPERVISION_REQUESTED;
import static org.casebridge.rules.referral.ReferralStatus.SUPPLEMENT_REQUESTED;
import static org.casebridge.rules.referral.ReferralStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.AgencyType;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.common.OfficerRef;
import org.casebridge.contracts.referral.AdministrativePenaltyImposed;
import org.casebridge.contracts.referral.CaseFiled;
import org.casebridge.contracts.referral.CaseNotFiled;
import org.casebridge.contracts.referral.CaseSubmittedForTrial;
import org.casebridge.contracts.referral.DeadlineBreached;
import org.casebridge.contracts.referral.DeadlineWarning;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.casebridge.contracts.referral.EvidenceHandedOver;
import org.casebridge.contracts.referral.ExplanationProvided;
import org.casebridge.contracts.referral.ExplanationRequested;
import org.casebridge.contracts.referral.FilingOrdered;
import org.casebridge.contracts.referral.JudgmentIssued;
import org.casebridge.contracts.referral.JudicialSuggestionIssued;
import org.casebridge.contracts.referral.ReceiptSigned;
import org.casebridge.contracts.referral.ReconsiderationDecided;
import org.casebridge.contracts.referral.ReconsiderationOutcome;
import org.casebridge.contracts.referral.ReconsiderationRequested;
import org.casebridge.contracts.referral.ReferralForwarded;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.contracts.referral.ReferralWithdrawn;
import org.casebridge.contracts.referral.RefusalReasonsFoundValid;
import org.casebridge.contracts.referral.SuggestionAnswered;
import org.casebridge.contracts.referral.SupervisionRequested;
import org.casebridge.contracts.referral.SupplementProvided;
import org.casebridge.contracts.referral.SupplementRequested;
import org.casebridge.rules.lifecycle.Judgement;
import org.casebridge.rules.lifecycle.TransitionTable;
import org.casebridge.rules.visibility.NamedOfficer;

/**
 * The referral lifecycle of docs/domain.md as one table: for each event, the statuses it is legal in, the unit that
 * must act, the content rules and the resulting state. Every service and the audit replay judge events with
 * this same table, so they all reach the same verdicts; a command is checked against it before it is
 * published, and a published event is checked again by every consumer (a buggy or hostile writer gains
 * nothing). Pure and stateless; the table is a {@link TransitionTable}, as the lead lifecycle's is.
 */
public final class ReferralLifecycle {

    private static final Set<ReferralStatus> BEFORE_DECISION = EnumSet.of(SUBMITTED, RECEIVED, SUPPLEMENT_REQUESTED);
    private static final Set<ReferralStatus> FINALLY_REFUSED =
            EnumSet.of(NOT_FILED, NOT_FILED_UPHELD, EXPLANATION_PROVIDED, REFUSAL_FOUND_VALID);
    /** A refusal before the procuratorate, until it orders filing or finds the reasons valid. */
    private static final Set<ReferralStatus> UNDER_SUPERVISION =
            EnumSet.of(SUPERVISION_REQUESTED, EXPLANATION_REQUESTED, EXPLANATION_PROVIDED);
    /** The legal clock's signals stand in any status whose clock still runs (a suggestion's reply after judgment). */
    private static final Set<ReferralStatus> ANY = EnumSet.allOf(ReferralStatus.class);

    private static final TransitionTable<ReferralState, ReferralStatus> TABLE =
            new TransitionTable<>("referral", ReferralState::status);
    /** What the projection stores of a named officer's username (cb_referral_named_officer). */
    public static final int MAX_USERNAME_LENGTH = 100;

    static {
        rule(ReceiptSigned.class, EnumSet.of(SUBMITTED), Actor.RECEIVER, (s, e) -> s.withStatus(RECEIVED));
        rule(ReferralForwarded.class, EnumSet.of(SUBMITTED, RECEIVED), Actor.RECEIVER, (s, e) -> s.forwardedTo(e.getTo()))
                .check((s, e) -> e.getTo().getType() != AgencyType.POLICE ? "a referral is forwarded to a police unit"
                        : e.getTo().equals(s.receiver()) ? "the referral is already addressed to " + unit(e.getTo())
                        : unnamedUnit(s, e.getTo()));
        rule(SupplementRequested.class, EnumSet.of(RECEIVED), Actor.RECEIVER, (s, e) -> s.withStatus(SUPPLEMENT_REQUESTED))
                .check((s, e) -> e.getMissingItems().isEmpty() ? "name the missing items" : null);
        rule(SupplementProvided.class, EnumSet.of(SUPPLEMENT_REQUESTED), Actor.SENDER, (s, e) -> s.withStatus(RECEIVED));
        rule(CaseFiled.class, EnumSet.of(RECEIVED, FILING_ORDERED), Actor.RECEIVER, (s, e) -> s.withStatus(FILED))
                .check((s, e) -> approverRule(e.getDecisionPeriod(), e.getApprover()));
        rule(CaseNotFiled.class, EnumSet.of(RECEIVED), Actor.RECEIVER, (s, e) -> s.withStatus(NOT_FILED))
                .check((s, e) -> e.getReasons().isBlank() ? "written reasons are required"
                        : approverRule(e.getDecisionPeriod(), e.getApprover()));
        rule(ReconsiderationRequested.class, EnumSet.of(NOT_FILED), Actor.SENDER,
                (s, e) -> s.withStatus(RECONSIDERATION_REQUESTED));
        rule(ReconsiderationDecided.class, EnumSet.of(RECONSIDERATION_REQUESTED), Actor.RECEIVER,
                (s, e) -> s.withStatus(e.getOutcome() == ReconsiderationOutcome.REVERSED ? FILED : NOT_FILED_UPHELD))
                .check((s, e) -> e.getOutcome() == ReconsiderationOutcome.REVERSED && blank(e.getFilingDecisionNumber())
                        ? "a reversal files the case: give the filing decision number" : null);
        rule(SupervisionRequested.class, EnumSet.of(NOT_FILED, NOT_FILED_UPHELD), Actor.SENDER,
                (s, e) -> s.supervisedBy(e.getProcuratorate()))
                .check((s, e) -> e.getProcuratorate().getType() != AgencyType.PROCURATORATE
                        ? "supervision is requested from a procuratorate" : null);
        rule(ExplanationRequested.class, EnumSet.of(SUPERVISION_REQUESTED), Actor.SUPERVISOR,
                (s, e) -> s.withStatus(EXPLANATION_REQUESTED))
                .check((s, e) -> blank(e.getRequestNumber()) || blank(e.getQuestions())
                        ? "give the notice's number and what the explanation must answer" : null);
        // Unasked too: the police may explain as soon as the supervision is requested.
        rule(ExplanationProvided.class, EnumSet.of(SUPERVISION_REQUESTED, EXPLANATION_REQUESTED), Actor.RECEIVER,
                (s, e) -> s.withStatus(EXPLANATION_PROVIDED));
        rule(FilingOrdered.class, UNDER_SUPERVISION, Actor.SUPERVISOR, (s, e) -> s.withStatus(FILING_ORDERED));
        rule(RefusalReasonsFoundValid.class, UNDER_SUPERVISION, Actor.SUPERVISOR,
                (s, e) -> s.withStatus(REFUSAL_FOUND_VALID))
                .check((s, e) -> blank(e.getDecisionNumber()) || blank(e.getReasons())
                        ? "give the notice's number and the reasons" : null);
        rule(EvidenceHandedOver.class, EnumSet.of(FILED, SUBMITTED_FOR_TRIAL), Actor.SENDER,
                (s, e) -> s.withEvidenceHandedOver())
                .check((s, e) -> e.getItems().isEmpty() ? "list the items handed over" : null);
        rule(AdministrativePenaltyImposed.class, FINALLY_REFUSED, Actor.SENDER, (s, e) -> s.withStatus(PENALTY_IMPOSED));
        rule(CaseSubmittedForTrial.class, EnumSet.of(FILED), Actor.RECEIVER, (s, e) -> s.triedBy(e.getCourt()))
                .check((s, e) -> e.getCourt().getType() != AgencyType.COURT ? "a case is submitted to a court"
                        : unnamedUnit(s, e.getCourt()));
        rule(JudgmentIssued.class, EnumSet.of(SUBMITTED_FOR_TRIAL), Actor.COURT, (s, e) -> s.withStatus(JUDGED))
                .check((s, e) -> e.getAdministrativeFineOffsetFen() > e.getFineFen() && e.getFineFen() > 0
                        ? "the offset of administrative fines cannot exceed the criminal fine" : null);
        rule(JudicialSuggestionIssued.class, EnumSet.of(SUBMITTED_FOR_TRIAL, JUDGED), Actor.COURT,
                (s, e) -> s.withSuggestion(e.getSuggestionNumber(), e.getTo(), true))
                .check((s, e) -> s.openSuggestions().containsKey(e.getSuggestionNumber())
                        ? "suggestion " + e.getSuggestionNumber() + " is already open" : null);
        rule(SuggestionAnswered.class, ANY, Actor.SUGGESTION_ADDRESSEE,
                (s, e) -> s.withSuggestion(e.getSuggestionNumber(), null, false));
        rule(ReferralWithdrawn.class, BEFORE_DECISION, Actor.SENDER, (s, e) -> s.withStatus(WITHDRAWN));
        rule(DeadlineWarning.class, ANY, Actor.ANY_SUPERVISOR, (s, e) -> s);
        rule(DeadlineBreached.class, ANY, Actor.ANY_SUPERVISOR, (s, e) -> s);
    }

    private ReferralLifecycle() {
    }

    /**
     * Judges one event against the referral's state.
     *
     * @param state the referral before the event; null when no event of it was accepted yet
     * @param event a referral event of the catalogue
     * @param meta  the event's meta (its acting agency is the signer, already verified)
     */
    public static LifecycleDecision decide(ReferralState state, SpecificRecord event, EventMeta meta) {
        if (event instanceof ReferralSubmitted submitted) {
            return submit(state, submitted, meta);
        }
        if (state == null) {
            return LifecycleDecision.reject(null, RejectionCode.UNKNOWN_REFERRAL,
                    "referral " + meta.getCaseId() + " was never submitted");
        }
        Judgement<ReferralState> judgement = TABLE.judge(state, event, meta.getActingAgency());
        return judgement.accepted() ? LifecycleDecision.accept(judgement.state())
                : LifecycleDecision.reject(state, RejectionCode.valueOf(judgement.code()), judgement.reason());
    }

    /** {@link #decide} as the shared {@link org.casebridge.rules.lifecycle.CaseLifecycle} of the projection and commands. */
    public static Judgement<ReferralState> judge(ReferralState state, SpecificRecord event, EventMeta meta) {
        LifecycleDecision decision = decide(state, event, meta);
        return decision.accepted() ? Judgement.accept(decision.state())
                : Judgement.refuse(decision.state(), decision.code().name(), decision.reason());
    }

    private static LifecycleDecision submit(ReferralState state, ReferralSubmitted event, EventMeta meta) {
        if (state != null) {
            return LifecycleDecision.reject(state, RejectionCode.ILLEGAL_TRANSITION,
                    "referral " + state.referralId() + " was already submitted");
        }
        if (!event.getSender().equals(meta.getActingAgency())) {
            return LifecycleDecision.reject(null, RejectionCode.WRONG_ACTOR,
                    unit(meta.getActingAgency()) + " cannot submit a referral in the name of " + unit(event.getSender()));
        }
        if (event.getReceiver().getType() != AgencyType.POLICE) {
            return LifecycleDecision.reject(null, RejectionCode.INVALID_CONTENT, "a referral is addressed to a police unit");
        }
        String restriction = restrictionProblem(meta.getHandlingCode(), event);
        if (restriction != null) {
            return LifecycleDecision.reject(null, RejectionCode.INVALID_CONTENT, restriction);
        }
        List<NamedOfficer> named = event.getNamedOfficers().stream()
                .map(officer -> new NamedOfficer(officer.getUnit(), officer.getUsername())).toList();
        return LifecycleDecision.accept(ReferralState.submitted(meta.getCaseId(), event.getSender(),
                event.getReceiver(), meta.getHandlingCode(), named));
    }

    /**
     * H3 restricts a referral to its named officers, so an H3 referral must name them, one of the addressed police
     * unit among them (else nobody could receive it); any other code names nobody (the names would mean nothing).
     */
    private static String restrictionProblem(HandlingCode code, ReferralSubmitted event) {
        List<OfficerRef> named = event.getNamedOfficers();
        if (code != HandlingCode.H3) {
            return named.isEmpty() ? null : "only an H3 referral names officers, this one is " + code;
        }
        if (named.stream().anyMatch(officer -> blank(officer.getUsername())
                || officer.getUsername().length() > MAX_USERNAME_LENGTH)) {
            return "a named officer needs a username of at most " + MAX_USERNAME_LENGTH + " characters";
        }
        if (named.stream().distinct().count() < named.size()) {
            return "each officer is named once";
        }
        if (named.stream().noneMatch(officer -> officer.getUnit().equals(event.getReceiver()))) {
            return "an H3 referral names at least one officer of " + unit(event.getReceiver()) + ", the unit it goes to";
        }
        return null;
    }

    /** An H3 referral goes on only to a unit with a named officer: anyone else could not see it. */
    private static String unnamedUnit(ReferralState state, AgencyRef next) {
        if (state.handlingCode() != HandlingCode.H3
                || state.namedOfficers().stream().anyMatch(officer -> officer.unit().equals(next))) {
            return null;
        }
        return "the H3 referral names no officer of " + unit(next);
    }

    /** The 7- and 30-day decision periods need a named approver. */
    private static String approverRule(DecisionPeriod period, String approver) {
        return period != DecisionPeriod.DAYS_3 && blank(approver)
                ? "the " + period + " decision period needs a named approver" : null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String unit(AgencyRef ref) {
        return TransitionTable.unit(ref);
    }

    private static <E extends SpecificRecord> TransitionTable.Row<ReferralState, ReferralStatus, E> rule(
            Class<E> type, Set<ReferralStatus> from, Actor actor, BiFunction<ReferralState, E, ReferralState> effect) {
        return TABLE.on(type, from, actor, effect);
    }

    /** Who must act for a step, relative to the referral's state. */
    private enum Actor implements TransitionTable.Actor<ReferralState> {
        SENDER, RECEIVER, COURT, SUPERVISOR, ANY_SUPERVISOR, SUGGESTION_ADDRESSEE;

        /** The unit that must act, or null when any procuratorate may (the legal clock runs at the supervisor). */
        AgencyRef expected(ReferralState state, SpecificRecord event) {
            return switch (this) {
                case SENDER -> state.sender();
                case RECEIVER -> state.receiver();
                case COURT -> state.court();
                case SUPERVISOR -> state.procuratorate();
                case ANY_SUPERVISOR -> null;
                case SUGGESTION_ADDRESSEE ->
                        state.openSuggestions().get(((SuggestionAnswered) event).getSuggestionNumber());
            };
        }

        @Override
        public String refuse(ReferralState state, SpecificRecord event, AgencyRef acting) {
            if (this == ANY_SUPERVISOR) {
                return acting.getType() == AgencyType.PROCURATORATE ? null : "a procuratorate";
            }
            AgencyRef expected = expected(state, event);
            return acting.equals(expected) ? null : unit(expected);
        }
    }
}
