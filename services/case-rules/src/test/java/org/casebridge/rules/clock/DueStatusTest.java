package org.casebridge.rules.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.rules.clock.ShanghaiTime.at;

import java.time.Clock;
import java.time.Instant;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.AgencyType;
import org.casebridge.contracts.referral.Deadline;
import org.casebridge.contracts.referral.DeadlineKind;
import org.junit.jupiter.api.Test;

/** A receipt clock started Monday 9 March 2026 10:00: warning (25%) at Tuesday 04:00, due Tuesday 10:00. */
class DueStatusTest {

    private static final Due RECEIPT = LegalClock.bundled().due(DeadlineKind.RECEIPT, at("2026-03-09T10:00"));

    @Test
    void warnsAQuarterOfTheHourClockBeforeItIsDue() {
        assertThat(RECEIPT.warnAt()).isEqualTo(at("2026-03-10T04:00"));
        assertThat(RECEIPT.dueAt()).isEqualTo(at("2026-03-10T10:00"));
    }

    @Test
    void isPendingBeforeTheWarning() {
        assertThat(RECEIPT.statusAt(at("2026-03-10T03:59"), null)).isEqualTo(DeadlineStatus.PENDING);
    }

    @Test
    void isWarningFromTheWarningInstantOn() {
        assertThat(RECEIPT.statusAt(at("2026-03-10T04:00"), null)).isEqualTo(DeadlineStatus.WARNING);
    }

    @Test
    void isStillWarningAtTheDueInstant() {
        assertThat(RECEIPT.statusAt(at("2026-03-10T10:00"), null)).isEqualTo(DeadlineStatus.WARNING);
        assertThat(RECEIPT.overdueAt(at("2026-03-10T10:00"), null)).isFalse();
    }

    @Test
    void isBreachedJustAfterTheDueInstant() {
        Instant justAfter = at("2026-03-10T10:00").plusMillis(1);

        assertThat(RECEIPT.statusAt(justAfter, null)).isEqualTo(DeadlineStatus.BREACHED);
        assertThat(RECEIPT.overdueAt(justAfter, null)).isTrue();
    }

    @Test
    void isMetWhenDoneAtTheDueInstant() {
        assertThat(RECEIPT.statusAt(at("2026-03-12T00:00"), at("2026-03-10T10:00"))).isEqualTo(DeadlineStatus.MET);
    }

    @Test
    void staysBreachedWhenDoneLate() {
        assertThat(RECEIPT.statusAt(at("2026-03-12T00:00"), at("2026-03-10T11:00"))).isEqualTo(DeadlineStatus.BREACHED);
    }

    @Test
    void ignoresAnActThatHappensAfterTheMomentEvaluated() {
        // Replaying to Tuesday 05:00, the receipt signed at 09:00 is not known yet.
        assertThat(RECEIPT.statusAt(at("2026-03-10T05:00"), at("2026-03-10T09:00"))).isEqualTo(DeadlineStatus.WARNING);
    }

    @Test
    void takesNowFromTheClock() {
        Clock clock = Clock.fixed(at("2026-03-09T12:00"), ShanghaiTime.ZONE);

        assertThat(RECEIPT.status(clock, null)).isEqualTo(DeadlineStatus.PENDING);
        assertThat(RECEIPT.status(clock, at("2026-03-09T11:00"))).isEqualTo(DeadlineStatus.MET);
    }

    @Test
    void becomesTheContractDeadlineWithTheRuleReference() {
        AgencyRef police = AgencyRef.newBuilder().setType(AgencyType.POLICE).setDivisionCode("150203").build();

        Deadline deadline = RECEIPT.toDeadline(police);

        assertThat(deadline.getKind()).isEqualTo(DeadlineKind.RECEIPT);
        assertThat(deadline.getDueAt()).isEqualTo(at("2026-03-10T10:00"));
        assertThat(deadline.getResponsible()).isEqualTo(police);
        assertThat(deadline.getRule()).isEqualTo("receipt-24h@decree-310-2020");
    }
}
