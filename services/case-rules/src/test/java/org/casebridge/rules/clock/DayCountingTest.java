package org.casebridge.rules.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.rules.clock.ShanghaiTime.at;
import static org.casebridge.rules.clock.ShanghaiTime.endOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.junit.jupiter.api.Test;

/** The calendar policy on the bundled rules and the real 2026 holiday arrangement. */
class DayCountingTest {

    private static final LegalClock CLOCK = LegalClock.bundled();

    @Test
    void hourClockIsElapsedTimeAcrossMidnightAndWeekend() {
        Due due = CLOCK.due(DeadlineKind.RECEIPT, at("2026-03-13T22:00")); // Friday night

        assertThat(due.dueAt()).isEqualTo(at("2026-03-14T22:00")); // Saturday: no roll to Monday
    }

    @Test
    void hourClockIgnoresHolidays() {
        Due due = CLOCK.due(DeadlineKind.FORWARDING, at("2026-09-30T16:45"));

        assertThat(due.dueAt()).isEqualTo(at("2026-10-01T16:45"));
    }

    @Test
    void threeDayClockStartingFridayEndsOnMonday() {
        assertThat(decision3d(at("2026-03-13T10:00")).dueAt()).isEqualTo(endOf("2026-03-16"));
    }

    @Test
    void threeDayClockEndingOnSaturdayRollsToMonday() {
        assertThat(decision3d(at("2026-03-11T10:00")).dueAt()).isEqualTo(endOf("2026-03-16"));
    }

    @Test
    void threeDayClockEndingOnSundayRollsToMonday() {
        assertThat(decision3d(at("2026-03-12T10:00")).dueAt()).isEqualTo(endOf("2026-03-16"));
    }

    @Test
    void periodEndingOnWorkingDayDoesNotMove() {
        assertThat(decision3d(at("2026-03-09T08:00")).dueAt()).isEqualTo(endOf("2026-03-12"));
    }

    @Test
    void dueIsTheLastMillisecondOfTheLocalDay() {
        assertThat(decision3d(at("2026-03-09T08:00")).dueAt()).isEqualTo(Instant.parse("2026-03-12T15:59:59.999Z"));
    }

    @Test
    void periodEndingOnNationalDayRollsPastTheWholeHolidayBlock() {
        // Monday 28 Sep + 3 = Thursday 1 Oct; 1–7 Oct is the holiday, Thursday 8 Oct the next working day.
        assertThat(decision3d(at("2026-09-28T09:00")).dueAt()).isEqualTo(endOf("2026-10-08"));
    }

    @Test
    void sevenDayClockEndingInsideNationalDayRollsToOctoberEighth() {
        Due due = CLOCK.due(DeadlineKind.DECISION, DecisionPeriod.DAYS_7, at("2026-09-29T09:00"), List.of());

        assertThat(due.dueAt()).isEqualTo(endOf("2026-10-08"));
    }

    @Test
    void periodEndingOnSpringFestivalRollsToTheDayAfterIt() {
        // Thursday 12 Feb + 3 = Sunday 15 Feb, first day of the 15–23 Feb holiday.
        assertThat(decision3d(at("2026-02-12T09:00")).dueAt()).isEqualTo(endOf("2026-02-24"));
    }

    @Test
    void periodEndingOnMidAutumnSundayRollsToMonday() {
        assertThat(decision3d(at("2026-09-24T09:00")).dueAt()).isEqualTo(endOf("2026-09-28"));
    }

    @Test
    void adjustedWorkingSaturdayCountsAsWorkingDay() {
        // Wednesday 7 Oct (a holiday itself) + 3 = Saturday 10 Oct, a make-up working day.
        assertThat(decision3d(at("2026-10-07T11:00")).dueAt()).isEqualTo(endOf("2026-10-10"));
    }

    @Test
    void adjustedWorkingSundayCountsAsWorkingDay() {
        assertThat(decision3d(at("2026-09-17T11:00")).dueAt()).isEqualTo(endOf("2026-09-20"));
    }

    @Test
    void bundledCalendarKnowsThe2026Arrangement() {
        RuleSet rules = CLOCK.rulesInForceAt(at("2026-01-01T00:00"));

        assertThat(rules.isWorkingDay(LocalDate.parse("2026-05-05"))).isFalse(); // Labour Day, Tuesday
        assertThat(rules.isWorkingDay(LocalDate.parse("2026-05-09"))).isTrue(); // make-up Saturday
        assertThat(rules.isWorkingDay(LocalDate.parse("2026-06-19"))).isFalse(); // Dragon Boat, Friday
        assertThat(rules.isWorkingDay(LocalDate.parse("2026-04-06"))).isFalse(); // Qingming, Monday
        assertThat(rules.isWorkingDay(LocalDate.parse("2026-04-07"))).isTrue();
        assertThat(rules.isWorkingDay(LocalDate.parse("2026-04-11"))).isFalse(); // ordinary Saturday
    }

    @Test
    void monthClockEndsOnTheCorrespondingDay() {
        Due due = CLOCK.due(DeadlineKind.SUGGESTION_REPLY, at("2026-03-16T10:00"));

        assertThat(due.dueAt()).isEqualTo(endOf("2026-05-18")); // 16 May is a Saturday
    }

    @Test
    void monthClockFromJanuary31EndsOnMarch31() {
        Due due = CLOCK.due(DeadlineKind.SUGGESTION_REPLY, at("2026-01-31T10:00"));

        assertThat(due.dueAt()).isEqualTo(endOf("2026-03-31"));
    }

    @Test
    void monthClockWithoutCorrespondingDayEndsOnMonthEnd() {
        // 31 Dec 2025 + 2 months: February has no 31st, so 28 Feb, a make-up working Saturday in 2026.
        Due due = CLOCK.due(DeadlineKind.SUGGESTION_REPLY, at("2025-12-31T10:00"));

        assertThat(due.dueAt()).isEqualTo(endOf("2026-02-28"));
    }

    @Test
    void eventLateInTheLocalEveningStartsTheDayClockOnTheNextLocalDay() {
        // 23:30 on Monday 9 March in Beijing is 15:30Z: day one is Tuesday, the third day Thursday.
        Due due = decision3d(Instant.parse("2026-03-09T15:30:00Z"));

        assertThat(due.dueAt()).isEqualTo(endOf("2026-03-12"));
    }

    @Test
    void eventJustAfterLocalMidnightCountsFromTheLocalDateNotTheUtcDate() {
        // 16:30Z on 9 March is already Tuesday 00:30 in Beijing.
        Due due = decision3d(Instant.parse("2026-03-09T16:30:00Z"));

        assertThat(due.dueAt()).isEqualTo(endOf("2026-03-13"));
    }

    private static Due decision3d(Instant receipt) {
        return CLOCK.due(DeadlineKind.DECISION, DecisionPeriod.DAYS_3, receipt, List.of());
    }
}
