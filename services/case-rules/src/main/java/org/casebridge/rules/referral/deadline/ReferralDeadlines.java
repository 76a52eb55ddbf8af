package org.casebridge.rules.referral.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.casebridge.rules.clock.DeadlineStatus;
import org.casebridge.rules.clock.Due;
import org.casebridge.rules.clock.LegalClock;
import org.casebridge.rules.clock.Pause;
import org.casebridge.rules.clock.UnknownRuleException;

/**
 * The legal clocks of a referral (docs/domain.md's table, rules from the legal clock), from its accepted events in chain
 * order; pure and deterministic, so the projection stores the result with each applied event and every replay
 * stores the same:
 * <ul>
 *   <li>receipt, 24 h from the submission or the latest forward (the new police unit must sign);</li>
 *   <li>decision from the receipt, paused from each supplement request to the supplement: the 3-day period, and
 *       the 7- and 30-day periods the police may claim with an approver (alternatives); the decision closes the
 *       period it claims, MET or BREACHED, and drops the others;</li>
 *   <li>supplement notice (24 h from the receipt, closed by the request) and the supplement (3 days);</li>
 *   <li>reconsideration request (3 days from the refusal, the sender's window), and its decision (3 days);</li>
 *   <li>explanation (7 days from the procuratorate's request) and filing after an order (15 days);</li>
 *   <li>evidence handover (3 days from the filing, also a filing on reconsideration);</li>
 *   <li>each judicial suggestion's reply (2 months), closed by its answer.</li>
 * </ul>
 * A clock ends without a verdict when the referral moves on without its act (a forward drops the receipt and
 * decision clocks of the unit that forwarded; a withdrawal, a penalty or a supervision request the sender's
 * reconsideration window). Events before the earliest rule set start no clock.
 */
public final class ReferralDeadlines {

    /** The fields of an event's content that move a clock, by event type; of the others only type and time count. */
    private static final Map<String, List<String>> CONTENT = Map.of(
            "ReferralSubmitted", List.of("sender", "receiver"),
            "ReferralForwarded", List.of("to"),
            "CaseFiled", List.of("decisionPeriod"),
            "CaseNotFiled", List.of("decisionPeriod"),
            "ReconsiderationDecided", List.of("outcome"),
            "JudicialSuggestionIssued", List.of("suggestionNumber", "to"),
            "SuggestionAnswered", List.of("suggestionNumber"));

    /** Event types whose content (not only type and time) moves a clock; others are read without payload. */
    public static final List<String> CONTENT_READ = List.copyOf(new TreeSet<>(CONTENT.keySet()));

    /** Event types that start, end or pause a clock; the others leave every clock as it was. */
    private static final Set<String> MOVING = Set.of("ReferralSubmitted", "ReferralForwarded", "ReceiptSigned",
            "SupplementRequested", "SupplementProvided", "CaseFiled", "CaseNotFiled", "ReconsiderationRequested",
            "ReconsiderationDecided", "SupervisionRequested", "ExplanationRequested", "ExplanationProvided",
            "FilingOrdered", "RefusalReasonsFoundValid",
            "EvidenceHandedOver", "AdministrativePenaltyImposed", "JudicialSuggestionIssued", "SuggestionAnswered",
            "ReferralWithdrawn");

    private static final Comparator<TrackedDeadline> NEXT = Comparator.comparing(TrackedDeadline::dueAt);

    private final LegalClock clock;

    public ReferralDeadlines(LegalClock clock) {
        this.clock = clock;
    }

    /** Every clock of the referral, done and running, in the order they started, from its accepted events. */
    public List<TrackedDeadline> track(List<ClockEvent> accepted) {
        Ledger ledger = new Ledger();
        accepted.forEach(ledger::apply);
        return ledger.all();
    }

    /** Whether an accepted event of this type can change the clocks {@link #track} derives. */
    public static boolean moves(String eventType) {
        return MOVING.contains(eventType);
    }

    /** The fields of an event of this type that the clocks read; none for most. */
    public static List<String> contentRead(String eventType) {
        return CONTENT.getOrDefault(eventType, List.of());
    }

    /** The running clock due first (not a paused one, not an alternative period): what lists sort on. */
    public static Optional<TrackedDeadline> next(List<TrackedDeadline> tracked) {
        return tracked.stream().filter(d -> d.running() && !d.alternative() && d.dueAt() != null).min(NEXT);
    }

    /** Folds the events; clocks keyed by kind (and period or suggestion number) while they run. */
    private final class Ledger {
        private final List<TrackedDeadline> ended = new ArrayList<>();
        private final Map<String, Running> running = new LinkedHashMap<>();
        private final List<Pause> pauses = new ArrayList<>();
        private String sender;
        private String receiver;
        private Instant receivedAt;
        private Instant pausedSince;

        void apply(ClockEvent event) {
            Instant at = event.occurredAt();
            long sequence = event.sequence();
            switch (event.eventType()) {
                case "ReferralSubmitted" -> {
                    sender = event.field("sender");
                    receiver = event.field("receiver");
                    start(DeadlineKind.RECEIPT, null, null, receiver, at, false);
                }
                case "ReferralForwarded" -> {
                    drop(DeadlineKind.RECEIPT);
                    drop(DeadlineKind.DECISION);
                    receiver = event.field("to");
                    start(DeadlineKind.RECEIPT, null, null, receiver, at, false);
                }
                case "ReceiptSigned" -> {
                    done(DeadlineKind.RECEIPT, null, at, sequence);
                    receivedAt = at;
                    pauses.clear();
                    pausedSince = null;
                    start(DeadlineKind.DECISION, DecisionPeriod.DAYS_3, null, receiver, at, false);
                    start(DeadlineKind.DECISION, DecisionPeriod.DAYS_7, null, receiver, at, true);
                    start(DeadlineKind.DECISION, DecisionPeriod.DAYS_30, null, receiver, at, true);
                }
                case "SupplementRequested" -> {
                    if (pauses.isEmpty()) {
                        // The notice is due only when material is missing: recorded with the first request.
                        start(DeadlineKind.SUPPLEMENT_NOTICE, null, null, receiver, receivedAt, false);
                        done(DeadlineKind.SUPPLEMENT_NOTICE, null, at, sequence);
                    }
                    pausedSince = at;
                    start(DeadlineKind.SUPPLEMENT, null, null, sender, at, false);
                }
                case "SupplementProvided" -> {
                    done(DeadlineKind.SUPPLEMENT, null, at, sequence);
                    if (pausedSince != null) {
                        pauses.add(new Pause(pausedSince, at));
                        pausedSince = null;
                    }
                }
                case "CaseFiled" -> {
                    if (running.containsKey(key(DeadlineKind.FILING_AFTER_ORDER, null))) {
                        done(DeadlineKind.FILING_AFTER_ORDER, null, at, sequence);
                    } else {
                        decided(event, at, sequence);
                    }
                    start(DeadlineKind.EVIDENCE_HANDOVER, null, null, sender, at, false);
                }
                case "CaseNotFiled" -> {
                    decided(event, at, sequence);
                    start(DeadlineKind.RECONSIDERATION_REQUEST, null, null, sender, at, false);
                }
                case "ReconsiderationRequested" -> {
                    done(DeadlineKind.RECONSIDERATION_REQUEST, null, at, sequence);
                    start(DeadlineKind.RECONSIDERATION_DECISION, null, null, receiver, at, false);
                }
                case "ReconsiderationDecided" -> {
                    done(DeadlineKind.RECONSIDERATION_DECISION, null, at, sequence);
                    if ("REVERSED".equals(event.field("outcome"))) {
                        start(DeadlineKind.EVIDENCE_HANDOVER, null, null, sender, at, false);
                    }
                }
                case "SupervisionRequested" -> drop(DeadlineKind.RECONSIDERATION_REQUEST);
                case "ExplanationRequested" -> start(DeadlineKind.EXPLANATION, null, null, receiver, at, false);
                case "ExplanationProvided" -> done(DeadlineKind.EXPLANATION, null, at, sequence);
                case "RefusalReasonsFoundValid" -> drop(DeadlineKind.EXPLANATION);
                case "FilingOrdered" -> {
                    drop(DeadlineKind.EXPLANATION);
                    start(DeadlineKind.FILING_AFTER_ORDER, null, null, receiver, at, false);
                }
                case "EvidenceHandedOver" -> done(DeadlineKind.EVIDENCE_HANDOVER, null, at, sequence);
                case "AdministrativePenaltyImposed" -> drop(DeadlineKind.RECONSIDERATION_REQUEST);
                case "JudicialSuggestionIssued" -> start(DeadlineKind.SUGGESTION_REPLY, null,
                        event.field("suggestionNumber"), event.field("to"), at, false);
                case "SuggestionAnswered" -> done(DeadlineKind.SUGGESTION_REPLY, event.field("suggestionNumber"), at,
                        sequence);
                case "ReferralWithdrawn" -> running.clear();
                default -> {
                    // Trial submission, judgment, deadline warnings and breaches start and end no clock.
                }
            }
        }

        /** The decision closes the period it claims; the periods it did not claim end without a verdict. */
        private void decided(ClockEvent event, Instant at, long sequence) {
            String period = event.field("decisionPeriod");
            DecisionPeriod claimed = period == null ? DecisionPeriod.DAYS_3 : DecisionPeriod.valueOf(period);
            done(DeadlineKind.DECISION, claimed.name(), at, sequence);
            drop(DeadlineKind.DECISION);
        }

        private void start(DeadlineKind kind, DecisionPeriod period, String subject, String responsible, Instant at,
                           boolean alternative) {
            try {
                clock.due(kind, period, at, List.of());
            } catch (UnknownRuleException e) {
                return; // Before the earliest rule set (or a kind it lacks): no clock to keep.
            }
            running.put(key(kind, period == null ? subject : period.name()),
                    new Running(kind, period, subject, responsible, at, alternative));
        }

        private void done(DeadlineKind kind, String periodOrSubject, Instant at, long sequence) {
            Running done = running.remove(key(kind, periodOrSubject));
            if (done != null) {
                Due due = due(done);
                ended.add(done.tracked(due, null, at, sequence, due.statusAt(at, at)));
            }
        }

        /** The decision periods count the supplement pauses since the receipt; other clocks do not pause. */
        private Due due(Running running) {
            return running.kind() == DeadlineKind.DECISION
                    ? clock.due(DeadlineKind.DECISION, running.period(), running.startAt(), pauses)
                    : clock.due(running.kind(), running.startAt());
        }

        private void drop(DeadlineKind kind) {
            running.values().removeIf(clock -> clock.kind() == kind);
        }

        List<TrackedDeadline> all() {
            List<TrackedDeadline> all = new ArrayList<>(ended);
            for (Running clock : running.values()) {
                boolean paused = clock.kind() == DeadlineKind.DECISION && pausedSince != null;
                all.add(clock.tracked(due(clock), paused ? pausedSince : null, null, null, null));
            }
            all.sort(Comparator.comparing(TrackedDeadline::startAt));
            return List.copyOf(all);
        }

        /** One running clock; a decision clock is extended by the pauses since the receipt. */
        private record Running(DeadlineKind kind, DecisionPeriod period, String subject, String responsible,
                               Instant startAt, boolean alternative) {
            /** As stored: no due instant while paused (the pause's length is not known yet). */
            TrackedDeadline tracked(Due due, Instant pausedSince, Instant doneAt, Long doneSequence,
                                    DeadlineStatus outcome) {
                boolean paused = pausedSince != null;
                return new TrackedDeadline(kind, period, subject, responsible, startAt, paused ? null : due.dueAt(),
                        paused ? null : due.warnAt(), due.rule(), alternative, pausedSince, doneAt, doneSequence,
                        outcome);
            }
        }
    }

    private static String key(DeadlineKind kind, String periodOrSubject) {
        return periodOrSubject == null ? kind.name() : kind.name() + ":" + periodOrSubject;
    }
}
