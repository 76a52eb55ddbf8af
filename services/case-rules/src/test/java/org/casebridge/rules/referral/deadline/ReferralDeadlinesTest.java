package org.casebridge.rules.referral.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.casebridge.contracts.EventType;
import org.casebridge.contracts.Topic;
import org.casebridge.contracts.TopicCatalogue;
import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.casebridge.rules.clock.DeadlineStatus;
import org.casebridge.rules.clock.LegalClock;
import org.junit.jupiter.api.Test;

/** The legal clocks of a referral from its events, with the bundled rules; times are fixed, no wall clock. */
class ReferralDeadlinesTest {

    private static final ReferralDeadlines DEADLINES = new ReferralDeadlines(LegalClock.bundled());
    // Monday 2 March 2026, 09:30 in Shanghai.
    private static final Instant SUBMITTED = Instant.parse("2026-03-02T01:30:00Z");
    private static final Instant RECEIVED = SUBMITTED.plus(Duration.ofHours(1));
    private static final String SUBMISSION = """
            {"sender": {"type": "FORESTRY", "divisionCode": "150200"},
             "receiver": {"type": "POLICE", "divisionCode": "150203"}}""";

    private final List<ClockEvent> events = new ArrayList<>();

    @Test
    void receiptIsDueTwentyFourHoursAfterSubmissionAndOverdueAfterwards() {
        event("ReferralSubmitted", SUBMITTED, SUBMISSION);

        TrackedDeadline receipt = next();

        assertThat(receipt.kind()).isEqualTo(DeadlineKind.RECEIPT);
        assertThat(receipt.responsible()).isEqualTo("POLICE:150203");
        assertThat(receipt.rule()).isEqualTo("receipt-24h@decree-310-2020");
        assertThat(receipt.dueAt()).isEqualTo(SUBMITTED.plus(Duration.ofHours(24)));
        assertThat(receipt.statusAt(SUBMITTED.plus(Duration.ofHours(1)))).isEqualTo(DeadlineStatus.PENDING);
        assertThat(receipt.statusAt(SUBMITTED.plus(Duration.ofHours(20)))).isEqualTo(DeadlineStatus.WARNING);
        assertThat(receipt.overdueAt(SUBMITTED.plus(Duration.ofHours(25)))).isTrue();
    }

    @Test
    void whileReceivedTheThreeDayDecisionIsNextAndTheSevenAndThirtyDayPeriodsAreShownBesideIt() {
        event("ReferralSubmitted", SUBMITTED, SUBMISSION);
        event("ReceiptSigned", RECEIVED, "{}");

        List<TrackedDeadline> tracked = DEADLINES.track(events);

        assertThat(tracked).filteredOn(d -> d.kind() == DeadlineKind.RECEIPT).singleElement()
                .satisfies(receipt -> {
                    assertThat(receipt.outcome()).isEqualTo(DeadlineStatus.MET);
                    assertThat(receipt.doneSequence()).isEqualTo(2);
                });
        // Three, seven and thirty days from Monday 2 March: Thursday 5, Monday 9 March and Wednesday 1 April.
        assertThat(tracked).filteredOn(d -> d.kind() == DeadlineKind.DECISION)
                .extracting(TrackedDeadline::decisionPeriod, TrackedDeadline::dueAt, TrackedDeadline::alternative)
                .containsExactly(tuple(DecisionPeriod.DAYS_3, Instant.parse("2026-03-05T15:59:59.999Z"), false),
                        tuple(DecisionPeriod.DAYS_7, Instant.parse("2026-03-09T15:59:59.999Z"), true),
                        tuple(DecisionPeriod.DAYS_30, Instant.parse("2026-04-01T15:59:59.999Z"), true));
        assertThat(next().decisionPeriod()).isEqualTo(DecisionPeriod.DAYS_3);
    }

    @Test
    void aSupplementRequestPausesTheDecisionAndTheSupplementIsDueMeanwhile() {
        event("ReferralSubmitted", SUBMITTED, SUBMISSION);
        event("ReceiptSigned", RECEIVED, "{}");
        Instant requested = RECEIVED.plus(Duration.ofHours(1));
        event("SupplementRequested", requested, "{}");

        TrackedDeadline supplement = next();
        List<TrackedDeadline> paused = DEADLINES.track(events);
        // Provided two days later: the pause spans two nights, the decision moves two days (and past the weekend).
        event("SupplementProvided", requested.plus(Duration.ofHours(48)), "{}");

        assertThat(supplement.kind()).isEqualTo(DeadlineKind.SUPPLEMENT);
        assertThat(supplement.responsible()).isEqualTo("FORESTRY:150200");
        assertThat(paused).filteredOn(d -> d.kind() == DeadlineKind.DECISION)
                .allSatisfy(decision -> {
                    assertThat(decision.dueAt()).isNull();
                    assertThat(decision.pausedSince()).isEqualTo(requested);
                    assertThat(decision.statusAt(requested)).isNull();
                });
        assertThat(paused).filteredOn(d -> d.kind() == DeadlineKind.SUPPLEMENT_NOTICE)
                .extracting(TrackedDeadline::outcome).containsExactly(DeadlineStatus.MET);
        assertThat(next().kind()).isEqualTo(DeadlineKind.DECISION);
        assertThat(next().dueAt()).isEqualTo(Instant.parse("2026-03-09T15:59:59.999Z"));
        assertThat(DEADLINES.track(events)).filteredOn(d -> d.kind() == DeadlineKind.SUPPLEMENT)
                .extracting(TrackedDeadline::outcome).containsExactly(DeadlineStatus.MET);
    }

    @Test
    void aDecisionIsJudgedAgainstThePeriodItClaims() {
        event("ReferralSubmitted", SUBMITTED, SUBMISSION);
        event("ReceiptSigned", RECEIVED, "{}");
        // Filed on Tuesday 10 March: late for 3 and 7 days, in time for 30.
        Instant filed = Instant.parse("2026-03-10T02:00:00Z");
        List<ClockEvent> received = List.copyOf(events);

        event("CaseFiled", filed, "{\"decisionPeriod\": \"DAYS_30\", \"approver\": \"李局长\"}");
        List<TrackedDeadline> inThirtyDays = DEADLINES.track(events);
        events.clear();
        events.addAll(received);
        event("CaseNotFiled", filed, "{\"decisionPeriod\": \"DAYS_7\", \"approver\": \"李局长\"}");
        List<TrackedDeadline> lateForSeven = DEADLINES.track(events);

        assertThat(inThirtyDays).filteredOn(d -> d.kind() == DeadlineKind.DECISION)
                .extracting(TrackedDeadline::decisionPeriod, TrackedDeadline::rule, TrackedDeadline::outcome,
                        TrackedDeadline::doneSequence)
                .containsExactly(tuple(DecisionPeriod.DAYS_30, "decision-30d@decree-310-2020", DeadlineStatus.MET, 3L));
        assertThat(lateForSeven).filteredOn(d -> d.kind() == DeadlineKind.DECISION)
                .extracting(TrackedDeadline::decisionPeriod, TrackedDeadline::outcome)
                .containsExactly(tuple(DecisionPeriod.DAYS_7, DeadlineStatus.BREACHED));
    }

    @Test
    void evidenceIsDueThreeDaysAfterFilingAndTheSenderHandsItOver() {
        event("ReferralSubmitted", SUBMITTED, SUBMISSION);
        event("ReceiptSigned", RECEIVED, "{}");
        Instant filed = RECEIVED.plus(Duration.ofHours(2));
        event("CaseFiled", filed, "{\"decisionPeriod\": \"DAYS_3\"}");

        TrackedDeadline handover = next();
        event("EvidenceHandedOver", Instant.parse("2026-03-06T02:00:00Z"), "{}");

        assertThat(handover.kind()).isEqualTo(DeadlineKind.EVIDENCE_HANDOVER);
        assertThat(handover.responsible()).isEqualTo("FORESTRY:150200");
        assertThat(handover.dueAt()).isEqualTo(Instant.parse("2026-03-05T15:59:59.999Z"));
        assertThat(DEADLINES.track(events)).filteredOn(d -> d.kind() == DeadlineKind.EVIDENCE_HANDOVER)
                .extracting(TrackedDeadline::outcome).containsExactly(DeadlineStatus.BREACHED);
        assertThat(ReferralDeadlines.next(DEADLINES.track(events))).isEmpty();
    }

    @Test
    void aRefusalOpensTheReconsiderationWindowAndARequestItsDecision() {
        event("ReferralSubmitted", SUBMITTED, SUBMISSION);
        event("ReceiptSigned", RECEIVED, "{}");
        event("CaseNotFiled", RECEIVED.plus(Duration.ofHours(2)), "{\"decisionPeriod\": \"DAYS_3\"}");

        TrackedDeadline window = next();
        event("ReconsiderationRequested", RECEIVED.plus(Duration.ofHours(3)), "{}");
        TrackedDeadline decision = next();
        event("ReconsiderationDecided", RECEIVED.plus(Duration.ofHours(4)), "{\"outcome\": \"REVERSED\"}");

        assertThat(window.kind()).isEqualTo(DeadlineKind.RECONSIDERATION_REQUEST);
        assertThat(window.responsible()).isEqualTo("FORESTRY:150200");
        assertThat(decision.kind()).isEqualTo(DeadlineKind.RECONSIDERATION_DECISION);
        assertThat(decision.responsible()).isEqualTo("POLICE:150203");
        // Reversed: the case is filed, so the evidence is due.
        assertThat(next().kind()).isEqualTo(DeadlineKind.EVIDENCE_HANDOVER);
    }

    @Test
    void theExplanationIsDueSevenDaysAfterTheProcuratorateAsksForItNotAfterTheSupervisionRequest() {
        event("ReferralSubmitted", SUBMITTED, SUBMISSION);
        event("ReceiptSigned", RECEIVED, "{}");
        event("CaseNotFiled", RECEIVED.plus(Duration.ofHours(2)), "{\"decisionPeriod\": \"DAYS_3\"}");
        event("SupervisionRequested", RECEIVED.plus(Duration.ofHours(3)), "{}");
        assertThat(ReferralDeadlines.next(DEADLINES.track(events))).as("nothing runs until the procuratorate asks")
                .isEmpty();
        // Asked on Wednesday 4 March: seven days end on Wednesday 11 March, at the end of the day in Shanghai.
        event("ExplanationRequested", Instant.parse("2026-03-04T02:00:00Z"), "{}");

        TrackedDeadline explanation = next();
        event("RefusalReasonsFoundValid", Instant.parse("2026-03-06T02:00:00Z"), "{}");

        assertThat(explanation.kind()).isEqualTo(DeadlineKind.EXPLANATION);
        assertThat(explanation.responsible()).isEqualTo("POLICE:150203");
        assertThat(explanation.dueAt()).isEqualTo(Instant.parse("2026-03-11T15:59:59.999Z"));
        assertThat(DEADLINES.track(events)).as("finding the reasons valid ends the clock without a verdict")
                .noneMatch(TrackedDeadline::running)
                .noneMatch(d -> d.kind() == DeadlineKind.EXPLANATION);
    }

    @Test
    void eachJudicialSuggestionIsAnsweredWithinTwoMonths() {
        event("ReferralSubmitted", SUBMITTED, SUBMISSION);
        Instant issued = Instant.parse("2026-06-01T02:00:00Z");
        event("JudicialSuggestionIssued", issued,
                "{\"to\": {\"type\": \"FORESTRY\", \"divisionCode\": \"150200\"}, \"suggestionNumber\": \"S-1\"}");
        event("JudicialSuggestionIssued", issued,
                "{\"to\": {\"type\": \"NATURAL_RESOURCES\", \"divisionCode\": \"150200\"}, \"suggestionNumber\": \"S-2\"}");
        event("SuggestionAnswered", issued.plus(Duration.ofDays(3)), "{\"suggestionNumber\": \"S-1\"}");

        assertThat(DEADLINES.track(events)).filteredOn(d -> d.kind() == DeadlineKind.SUGGESTION_REPLY)
                .extracting(TrackedDeadline::subject, TrackedDeadline::responsible, TrackedDeadline::dueAt,
                        TrackedDeadline::outcome)
                .containsExactlyInAnyOrder(
                        tuple("S-1", "FORESTRY:150200", Instant.parse("2026-08-03T15:59:59.999Z"), DeadlineStatus.MET),
                        // 1 August 2026 is a Saturday: the reply moves to Monday 3 August.
                        tuple("S-2", "NATURAL_RESOURCES:150200", Instant.parse("2026-08-03T15:59:59.999Z"), null));
    }

    @Test
    void aForwardRestartsTheReceiptClockAtTheNewPoliceUnit() {
        event("ReferralSubmitted", SUBMITTED, SUBMISSION);
        event("ReceiptSigned", RECEIVED, "{}");
        Instant forwarded = RECEIVED.plus(Duration.ofHours(5));
        event("ReferralForwarded", forwarded, "{\"to\": {\"type\": \"POLICE\", \"divisionCode\": \"150200\"}}");

        List<TrackedDeadline> tracked = DEADLINES.track(events);

        assertThat(tracked).noneMatch(d -> d.kind() == DeadlineKind.DECISION);
        assertThat(next().responsible()).isEqualTo("POLICE:150200");
        assertThat(next().dueAt()).isEqualTo(forwarded.plus(Duration.ofHours(24)));
    }

    @Test
    void aWithdrawalEndsEveryRunningClock() {
        event("ReferralSubmitted", SUBMITTED, SUBMISSION);
        event("ReferralWithdrawn", RECEIVED, "{}");

        assertThat(DEADLINES.track(events)).isEmpty();
    }

    @Test
    void referralEventTypesThatCannotMoveAClockLeaveEveryClockAsItWas() {
        event("ReferralSubmitted", SUBMITTED, SUBMISSION);
        event("ReceiptSigned", RECEIVED, "{}");
        event("SupplementRequested", RECEIVED.plus(Duration.ofHours(1)), "{}");
        List<TrackedDeadline> before = DEADLINES.track(events);
        List<String> still = TopicCatalogue.eventsOn(Topic.REFERRALS).stream().map(EventType::simpleName)
                .filter(type -> !ReferralDeadlines.moves(type)).toList();

        still.forEach(type -> event(type, RECEIVED.plus(Duration.ofHours(2)), SUBMISSION));

        assertThat(still).isNotEmpty();
        assertThat(DEADLINES.track(events)).isEqualTo(before);
    }

    private TrackedDeadline next() {
        return ReferralDeadlines.next(DEADLINES.track(events)).orElseThrow();
    }

    /** An accepted event as the projection reads it back, its content from the timeline's JSON text. */
    private void event(String type, Instant at, String payload) {
        events.add(ClockEvent.of(type, at, events.size() + 1, payload));
    }
}
