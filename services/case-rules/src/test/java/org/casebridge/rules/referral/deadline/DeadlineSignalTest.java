package org.casebridge.rules.referral.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.AgencyType;
import org.casebridge.contracts.referral.Deadline;
import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.rules.clock.LegalClock;
import org.junit.jupiter.api.Test;

/** Which warnings and breaches stand against a referral's clocks; fixed times, bundled rules. */
class DeadlineSignalTest {

    private static final ReferralDeadlines DEADLINES = new ReferralDeadlines(LegalClock.bundled());
    // Monday 2 March 2026, 09:30 in Shanghai: the receipt is due 24 h later, and warns from 18 h (25 %).
    private static final Instant SUBMITTED = Instant.parse("2026-03-02T01:30:00Z");
    private static final Instant RECEIPT_DUE = SUBMITTED.plus(Duration.ofHours(24));
    private static final AgencyRef KUNDULUN_POLICE = new AgencyRef(AgencyType.POLICE, "150203");
    private static final String RECEIPT_RULE = "receipt-24h@decree-310-2020";

    private final List<ClockEvent> events = new ArrayList<>(List.of(new ClockEvent("ReferralSubmitted", SUBMITTED, 1,
            Map.of("sender", "FORESTRY:150200", "receiver", "POLICE:150203"))));

    @Test
    void aWarningStandsFromTheWarningInstantToTheDueInstantAndABreachAfterIt() {
        List<TrackedDeadline> clocks = DEADLINES.track(events);

        assertThat(warning(RECEIPT_DUE).refusal(clocks, SUBMITTED.plus(Duration.ofHours(18)))).isNull();
        assertThat(warning(RECEIPT_DUE).refusal(clocks, RECEIPT_DUE)).isNull();
        assertThat(warning(RECEIPT_DUE).refusal(clocks, SUBMITTED.plus(Duration.ofHours(17))))
                .contains("a warning of the RECEIPT clock is given from");
        assertThat(warning(RECEIPT_DUE).refusal(clocks, RECEIPT_DUE.plusMillis(1))).isNotNull();
        assertThat(breach(RECEIPT_DUE).refusal(clocks, RECEIPT_DUE.plusMillis(1))).isNull();
        assertThat(breach(RECEIPT_DUE).refusal(clocks, RECEIPT_DUE)).contains("after its due instant");
    }

    @Test
    void aSignalNamingAnotherDueInstantRuleOrUnitDoesNotStand() {
        List<TrackedDeadline> clocks = DEADLINES.track(events);
        Instant late = RECEIPT_DUE.plus(Duration.ofHours(1));

        assertThat(breach(RECEIPT_DUE.plusSeconds(1)).refusal(clocks, late)).startsWith("no RECEIPT clock of");
        assertThat(new DeadlineSignal(true, deadline(DeadlineKind.RECEIPT, RECEIPT_DUE, "receipt-24h@2099", KUNDULUN_POLICE))
                .refusal(clocks, late)).isNotNull();
        assertThat(new DeadlineSignal(true, deadline(DeadlineKind.RECEIPT, RECEIPT_DUE, RECEIPT_RULE,
                new AgencyRef(AgencyType.POLICE, "150204"))).refusal(clocks, late)).isNotNull();
        assertThat(new DeadlineSignal(true, deadline(DeadlineKind.DECISION, RECEIPT_DUE, RECEIPT_RULE, KUNDULUN_POLICE))
                .refusal(clocks, late)).isNotNull();
    }

    @Test
    void aBreachGivenBeforeTheLateActStandsAndOneGivenAfterTheActDoesNot() {
        Instant breachedAt = RECEIPT_DUE.plus(Duration.ofMinutes(1));
        events.add(new ClockEvent("ReceiptSigned", RECEIPT_DUE.plus(Duration.ofHours(2)), 2, Map.of()));
        List<TrackedDeadline> clocks = DEADLINES.track(events);

        // The monitor's breach raced the late receipt onto the log and lost: it still records what was true then.
        assertThat(breach(RECEIPT_DUE).refusal(clocks, breachedAt)).isNull();
        assertThat(breach(RECEIPT_DUE).refusal(clocks, RECEIPT_DUE.plus(Duration.ofHours(3)))).isNotNull();
    }

    private static DeadlineSignal warning(Instant dueAt) {
        return new DeadlineSignal(false, deadline(DeadlineKind.RECEIPT, dueAt, RECEIPT_RULE, KUNDULUN_POLICE));
    }

    private static DeadlineSignal breach(Instant dueAt) {
        return new DeadlineSignal(true, deadline(DeadlineKind.RECEIPT, dueAt, RECEIPT_RULE, KUNDULUN_POLICE));
    }

    private static Deadline deadline(DeadlineKind kind, Instant dueAt, String rule, AgencyRef responsible) {
        return Deadline.newBuilder().setKind(kind).setDueAt(dueAt).setRule(rule).setResponsible(responsible).build();
    }
}
