package org.casebridge.rules.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.DecisionPeriod;

/** One version of the rules, with its calendar policy; immutable. */
public final class RuleSet {

    private final String version;
    private final LocalDate effectiveFrom;
    private final CalendarPolicy policy;
    private final Map<DeadlineKind, Rule> rules;
    private final Map<DecisionPeriod, Rule> decisionRules;

    RuleSet(String version, LocalDate effectiveFrom, CalendarPolicy policy, List<Rule> rules) {
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.policy = policy;
        this.rules = new EnumMap<>(DeadlineKind.class);
        this.decisionRules = new EnumMap<>(DecisionPeriod.class);
        for (Rule rule : rules) {
            if (rule.decisionPeriod() == null) {
                this.rules.put(rule.kind(), rule);
            } else {
                this.decisionRules.put(rule.decisionPeriod(), rule);
            }
        }
    }

    public String version() {
        return version;
    }

    /** The local date (in {@link #zone()}) from whose start this rule set applies. */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Instant effectiveAt() {
        return effectiveFrom.atStartOfDay(policy.zone()).toInstant();
    }

    public ZoneId zone() {
        return policy.zone();
    }

    public boolean isWorkingDay(LocalDate date) {
        return policy.isWorkingDay(date);
    }

    public List<Rule> rules() {
        List<Rule> all = new ArrayList<>(rules.values());
        all.addAll(decisionRules.values());
        return List.copyOf(all);
    }

    /**
     * The rule for a deadline.
     *
     * @param decisionPeriod required for {@link DeadlineKind#DECISION}, null for every other kind
     * @throws UnknownRuleException when this rule set has no such rule
     */
    public Rule rule(DeadlineKind kind, DecisionPeriod decisionPeriod) {
        boolean decision = kind == DeadlineKind.DECISION;
        Rule rule = decision == (decisionPeriod != null)
                ? (decision ? decisionRules.get(decisionPeriod) : rules.get(kind))
                : null;
        if (rule == null) {
            String period = decisionPeriod != null ? " with decision period " + decisionPeriod
                    : decision ? " without a decision period" : "";
            throw new UnknownRuleException("rule set " + version + " has no rule for " + kind + period);
        }
        return rule;
    }

    /** The deadline of a clock started at {@code start} under this rule set; see {@link CalendarPolicy}. */
    public Due due(DeadlineKind kind, DecisionPeriod decisionPeriod, Instant start, List<Pause> pauses) {
        Rule rule = rule(kind, decisionPeriod);
        Instant dueAt = policy.due(rule, start, pauses);
        return new Due(kind, rule.reference(), start, dueAt, rule.warnBefore().warnAt(start, dueAt));
    }

    @Override
    public String toString() {
        return "RuleSet[" + version + " from " + effectiveFrom + " " + policy.zone() + "]";
    }
}
