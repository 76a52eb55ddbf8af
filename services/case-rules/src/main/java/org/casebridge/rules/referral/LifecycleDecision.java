package org.casebridge.rules.referral;

/**
 * The lifecycle's verdict on one event: the state after it, or why it was refused (the state is then
 * unchanged). Deterministic: every consumer and every replay reaches the same decision for the same history.
 *
 * @param state  the referral after the event when accepted; the unchanged state (or null) when rejected
 * @param code   null when accepted
 * @param reason a sentence for people, null when accepted
 */
public record LifecycleDecision(ReferralState state, RejectionCode code, String reason) {

    static LifecycleDecision accept(ReferralState state) {
        return new LifecycleDecision(state, null, null);
    }

    static LifecycleDecision reject(ReferralState unchanged, RejectionCode code, String reason) {
        return new LifecycleDecision(unchanged, code, reason);
    }

    public boolean accepted() {
        return code == null;
    }
}
