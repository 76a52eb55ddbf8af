package org.casebridge.rules.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casebridge.rules.clock.ShanghaiTime.at;
import static org.casebridge.rules.clock.ShanghaiTime.endOf;

import java.util.List;

import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.junit.jupiter.api.Test;

/** The decision clock stops while a supplement is outstanding (receipt Monday 9 March 2026, unpaused due Thursday). */
class PauseTest {

    private static final LegalClock CLOCK = LegalClock.bundled();

    @Test
    void pauseAddsTheCalendarDaysItSpansBeforeTheRoll() {
        // Requested Tuesday, provided Thursday: 2 days, Thursday becomes Saturday, rolled to Monday.
        Due due = decision(new Pause(at("2026-03-10T09:00"), at("2026-03-12T15:00")));

        assertThat(due.dueAt()).isEqualTo(endOf("2026-03-16"));
    }

    @Test
    void overnightPauseCostsOneDay() {
        Due due = decision(new Pause(at("2026-03-10T17:00"), at("2026-03-11T09:00")));

        assertThat(due.dueAt()).isEqualTo(endOf("2026-03-13"));
    }

    @Test
    void pauseWithinOneDayCostsNothing() {
        Due due = decision(new Pause(at("2026-03-10T09:00"), at("2026-03-10T17:00")));

        assertThat(due.dueAt()).isEqualTo(endOf("2026-03-12"));
    }

    @Test
    void successivePausesAddUp() {
        Due due = decision(
                new Pause(at("2026-03-10T09:00"), at("2026-03-11T09:00")),  // 1 day: due Friday 13
                new Pause(at("2026-03-13T09:00"), at("2026-03-16T09:00"))); // 3 days: due Monday 16

        assertThat(due.dueAt()).isEqualTo(endOf("2026-03-16"));
    }

    @Test
    void pauseAfterTheDeadlineDoesNotReviveIt() {
        Due due = decision(new Pause(at("2026-03-13T09:00"), at("2026-03-16T09:00")));

        assertThat(due.dueAt()).isEqualTo(endOf("2026-03-12"));
    }

    @Test
    void pauseOnTheLastDayStillCounts() {
        Due due = decision(new Pause(at("2026-03-12T23:00"), at("2026-03-13T10:00")));

        assertThat(due.dueAt()).isEqualTo(endOf("2026-03-13"));
    }

    @Test
    void warningFollowsThePausedDueTime() {
        Due due = decision(new Pause(at("2026-03-10T09:00"), at("2026-03-11T09:00")));

        assertThat(due.warnAt()).isEqualTo(endOf("2026-03-12")); // one day (P1D) before Friday's end
    }

    @Test
    void hourClockIsExtendedByThePausedElapsedTime() {
        LegalClock clock = ClockYaml.withRules(
                "{id: receipt-24h, kind: RECEIPT, amount: 24, unit: HOURS, warnBefore: PT6H, pausable: true}");

        Due due = clock.rulesInForceAt(at("2026-03-09T10:00")).due(DeadlineKind.RECEIPT, null, at("2026-03-09T10:00"),
                List.of(new Pause(at("2026-03-09T12:00"), at("2026-03-09T15:30"))));

        assertThat(due.dueAt()).isEqualTo(at("2026-03-10T13:30"));
    }

    @Test
    void refusesPausesOnRuleThatDoesNotPause() {
        assertThatThrownBy(() -> CLOCK.due(DeadlineKind.RECEIPT, null, at("2026-03-09T10:00"),
                List.of(new Pause(at("2026-03-09T11:00"), at("2026-03-09T12:00")))))
                .isInstanceOf(InvalidPauseException.class)
                .hasMessage("rule receipt-24h@decree-310-2020 does not pause, but pauses were given");
    }

    @Test
    void refusesPauseBeforeTheClockStarts() {
        assertThatThrownBy(() -> decision(new Pause(at("2026-03-09T07:00"), at("2026-03-10T09:00"))))
                .isInstanceOf(InvalidPauseException.class)
                .hasMessageContaining("starts before the clock starts");
    }

    @Test
    void refusesOverlappingPauses() {
        assertThatThrownBy(() -> decision(
                new Pause(at("2026-03-10T09:00"), at("2026-03-11T09:00")),
                new Pause(at("2026-03-10T18:00"), at("2026-03-12T09:00"))))
                .isInstanceOf(InvalidPauseException.class)
                .hasMessageContaining("starts before the previous pause ends");
    }

    @Test
    void refusesPauseEndingBeforeItStarts() {
        assertThatThrownBy(() -> new Pause(at("2026-03-11T09:00"), at("2026-03-10T09:00")))
                .isInstanceOf(InvalidPauseException.class)
                .hasMessageContaining("before it starts");
    }

    private static Due decision(Pause... pauses) {
        return CLOCK.due(DeadlineKind.DECISION, DecisionPeriod.DAYS_3, at("2026-03-09T08:00"), List.of(pauses));
    }
}
