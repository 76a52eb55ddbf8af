package org.casebridge.rules.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casebridge.rules.clock.ShanghaiTime.at;

import java.time.Instant;
import java.time.LocalDate;

import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.junit.jupiter.api.Test;

/** Auditors evaluate a clock with the rules in force when the event that started it happened. */
class RuleVersionsTest {

    private static final LegalClock CLOCK = ClockYaml.resource("casebridge/legal-clock-versions.yml");

    @Test
    void listsRuleSetsOldestFirstWhateverTheFileOrder() {
        assertThat(CLOCK.ruleSets()).extracting(RuleSet::version)
                .containsExactly("decree-310-2020", "inner-mongolia-2026");
    }

    @Test
    void eventBeforeTheNewRuleSetIsEvaluatedWithTheOlderOne() {
        Due due = CLOCK.due(DeadlineKind.RECEIPT, at("2026-06-30T23:30"));

        assertThat(due.rule()).isEqualTo("receipt-24h@decree-310-2020");
        assertThat(due.dueAt()).isEqualTo(at("2026-07-01T23:30"));
    }

    @Test
    void eventFromTheLocalStartOfTheEffectiveDayUsesTheNewRuleSet() {
        Instant localMidnight = Instant.parse("2026-06-30T16:00:00Z"); // 1 July 00:00 in Beijing

        Due due = CLOCK.due(DeadlineKind.RECEIPT, localMidnight);

        assertThat(due.rule()).isEqualTo("receipt-12h@inner-mongolia-2026");
        assertThat(due.dueAt()).isEqualTo(at("2026-07-01T12:00"));
    }

    @Test
    void ruleSetTakesEffectAtLocalMidnightOfItsDate() {
        RuleSet newer = CLOCK.ruleSets().get(1);

        assertThat(newer.effectiveFrom()).isEqualTo(LocalDate.parse("2026-07-01"));
        assertThat(newer.effectiveAt()).isEqualTo(Instant.parse("2026-06-30T16:00:00Z"));
    }

    @Test
    void unchangedRuleIdIsReferencedWithTheVersionInForce() {
        assertThat(CLOCK.rulesInForceAt(at("2026-06-01T09:00")).rule(DeadlineKind.DECISION,
                DecisionPeriod.DAYS_3).reference())
                .isEqualTo("decision-3d@decree-310-2020");
        assertThat(CLOCK.rulesInForceAt(at("2026-08-01T09:00")).rule(DeadlineKind.DECISION,
                DecisionPeriod.DAYS_3).reference())
                .isEqualTo("decision-3d@inner-mongolia-2026");
    }

    @Test
    void ruleMissingFromTheSetInForceIsUnknownEvenIfAnOlderSetHadIt() {
        assertThatThrownBy(() -> CLOCK.due(DeadlineKind.FORWARDING, at("2026-08-01T09:00")))
                .isInstanceOf(UnknownRuleException.class)
                .hasMessage("rule set inner-mongolia-2026 has no rule for FORWARDING");
    }

    @Test
    void refusesEventBeforeTheEarliestRuleSet() {
        assertThatThrownBy(() -> CLOCK.rulesInForceAt(at("2019-12-31T09:00")))
                .isInstanceOf(UnknownRuleException.class)
                .hasMessage("no rule set in force at 2019-12-31T01:00:00Z: the earliest, decree-310-2020,"
                        + " takes effect at 2020-08-06T16:00:00Z");
    }
}
