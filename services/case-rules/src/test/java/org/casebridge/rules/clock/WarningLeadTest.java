package org.casebridge.rules.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casebridge.rules.clock.ShanghaiTime.at;
import static org.casebridge.rules.clock.ShanghaiTime.endOf;

import java.time.Duration;

import org.casebridge.contracts.referral.DeadlineKind;
import org.junit.jupiter.api.Test;

class WarningLeadTest {

    @Test
    void percentIsAShareOfTheWholePeriod() {
        WarningLead lead = new WarningLead.Percent(25);

        assertThat(lead.warnAt(at("2026-03-09T00:00"), at("2026-03-13T00:00"))).isEqualTo(at("2026-03-12T00:00"));
    }

    @Test
    void fixedLeadNeverWarnsBeforeTheClockStarts() {
        WarningLead lead = new WarningLead.Fixed(Duration.ofDays(2));

        assertThat(lead.warnAt(at("2026-03-09T10:00"), at("2026-03-10T10:00"))).isEqualTo(at("2026-03-09T10:00"));
    }

    @Test
    void dayClockWarnsTheConfiguredDurationBeforeTheEndOfTheDueDay() {
        Due due = LegalClock.bundled().due(DeadlineKind.EXPLANATION, at("2026-03-09T10:00")); // 7 days, warn P2D

        assertThat(due.dueAt()).isEqualTo(endOf("2026-03-16"));
        assertThat(due.warnAt()).isEqualTo(endOf("2026-03-14"));
    }

    @Test
    void refusesShareOutsideOneToNinetyNine() {
        assertThatThrownBy(() -> new WarningLead.Percent(100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WarningLead.Percent(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
