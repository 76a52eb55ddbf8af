package org.casebridge.rules.referral;

/** Where a referral stands in the lifecycle of docs/domain.md. */
public enum ReferralStatus {
    /** Sent to a police unit, no receipt yet (also after a forward, until the new unit signs). */
    SUBMITTED,
    /** Receipt signed; the decision clock runs. */
    RECEIVED,
    /** Material missing; the decision clock is paused. */
    SUPPLEMENT_REQUESTED,
    FILED,
    NOT_FILED,
    RECONSIDERATION_REQUESTED,
    /** The refusal was upheld on reconsideration. */
    NOT_FILED_UPHELD,
    SUPERVISION_REQUESTED,
    /** The procuratorate asked the police to explain the refusal; the explanation clock runs. */
    EXPLANATION_REQUESTED,
    EXPLANATION_PROVIDED,
    /** The procuratorate found the refusal's reasons valid: the supervision is over, the refusal final. */
    REFUSAL_FOUND_VALID,
    FILING_ORDERED,
    SUBMITTED_FOR_TRIAL,
    JUDGED,
    /** Final: the agency imposed the administrative penalty after a final refusal. */
    PENALTY_IMPOSED,
    /** Final: the sender withdrew before any decision. */
    WITHDRAWN;

    /** Whether the referral is still waiting for the police's decision (a withdrawal is still possible). */
    public boolean beforeDecision() {
        return this == SUBMITTED || this == RECEIVED || this == SUPPLEMENT_REQUESTED;
    }
}
