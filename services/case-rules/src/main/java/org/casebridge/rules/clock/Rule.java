package org.casebridge.rules.clock;

import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.DecisionPeriod;

/**
 * One legal deadline as configured.
 *
 * @param id               stable id, e.g. {@code decision-3d}
 * @param ruleSetVersion   version of the rule set it belongs to, e.g. {@code decree-310-2020}
 * @param kind             the deadline it governs
 * @param decisionPeriod   for {@link DeadlineKind#DECISION} only, the period the police rely on; otherwise null
 * @param amount           length of the period in {@code unit}s
 * @param warnBefore       when to warn
 * @param pausable         whether pauses (supplement requested → provided) stop this clock
 * @param approverRequired whether relying on this rule needs a named approver (7- and 30-day decisions)
 */
public record Rule(String id, String ruleSetVersion, DeadlineKind kind, DecisionPeriod decisionPeriod, int amount,
                   ClockUnit unit, WarningLead warnBefore, boolean pausable, boolean approverRequired) {

    /** {@code <rule id>@<rule set version>}, as written into {@code Deadline.rule}. */
    public String reference() {
        return id + "@" + ruleSetVersion;
    }
}
