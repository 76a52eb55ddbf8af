package org.casebridge.rules.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casebridge.rules.clock.ShanghaiTime.at;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.junit.jupiter.api.Test;

class BundledRulesTest {

    private static final Instant NOW_2026 = at("2026-03-09T10:00");
    private static final RuleSet RULES = LegalClock.bundled().rulesInForceAt(NOW_2026);

    @Test
    void decree310IsInForceIn2026() {
        assertThat(RULES.version()).isEqualTo("decree-310-2020");
        assertThat(RULES.zone()).hasToString("Asia/Shanghai");
    }

    @Test
    void governsEveryDeadlineKindOfTheContracts() {
        Set<DeadlineKind> governed = RULES.rules().stream().map(Rule::kind).collect(Collectors.toSet());

        assertThat(governed).isEqualTo(EnumSet.complementOf(EnumSet.of(DeadlineKind.UNKNOWN)));
    }

    @Test
    void hasADecisionRuleForEveryDecisionPeriod() {
        for (DecisionPeriod period : DecisionPeriod.values()) {
            assertThat(RULES.rule(DeadlineKind.DECISION, period).pausable()).as(period.name()).isTrue();
        }
    }

    @Test
    void longerDecisionPeriodsNeedANamedApprover() {
        assertThat(RULES.rule(DeadlineKind.DECISION, DecisionPeriod.DAYS_3).approverRequired()).isFalse();
        assertThat(RULES.rule(DeadlineKind.DECISION, DecisionPeriod.DAYS_7).approverRequired()).isTrue();
        assertThat(RULES.rule(DeadlineKind.DECISION, DecisionPeriod.DAYS_30).approverRequired()).isTrue();
    }

    @Test
    void referencesRuleIdAtRuleSetVersion() {
        assertThat(RULES.due(DeadlineKind.DECISION, DecisionPeriod.DAYS_30, NOW_2026, List.of()).rule())
                .isEqualTo("decision-30d@decree-310-2020");
        assertThat(RULES.rule(DeadlineKind.FILING_AFTER_ORDER, null).reference())
                .isEqualTo("filing-after-order-15d@decree-310-2020");
    }

    @Test
    void configuresTheDecreesNumbers() {
        assertThat(RULES.rule(DeadlineKind.EVIDENCE_HANDOVER, null))
                .extracting(Rule::amount, Rule::unit).containsExactly(3, ClockUnit.DAYS);
        assertThat(RULES.rule(DeadlineKind.SUBMISSION, null))
                .extracting(Rule::amount, Rule::unit).containsExactly(24, ClockUnit.HOURS);
        assertThat(RULES.rule(DeadlineKind.SUGGESTION_REPLY, null))
                .extracting(Rule::amount, Rule::unit).containsExactly(2, ClockUnit.MONTHS);
    }

    @Test
    void refusesDecisionWithoutPeriod() {
        assertThatThrownBy(() -> RULES.rule(DeadlineKind.DECISION, null))
                .isInstanceOf(UnknownRuleException.class)
                .hasMessage("rule set decree-310-2020 has no rule for DECISION without a decision period");
    }

    @Test
    void refusesDecisionPeriodOnOtherKinds() {
        assertThatThrownBy(() -> RULES.rule(DeadlineKind.RECEIPT, DecisionPeriod.DAYS_7))
                .isInstanceOf(UnknownRuleException.class)
                .hasMessage("rule set decree-310-2020 has no rule for RECEIPT with decision period DAYS_7");
    }

    @Test
    void refusesUnknownKind() {
        assertThatThrownBy(() -> RULES.rule(DeadlineKind.UNKNOWN, null))
                .isInstanceOf(UnknownRuleException.class)
                .hasMessage("rule set decree-310-2020 has no rule for UNKNOWN");
    }
}
