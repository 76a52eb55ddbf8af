package org.casebridge.rules.clock;

/** No rule set is in force at the instant asked, or the rule set in force has no rule for the kind and period. */
public class UnknownRuleException extends RuntimeException {

    public UnknownRuleException(String message) {
        super(message);
    }
}
