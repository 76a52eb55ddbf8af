package org.casebridge.rules.referral;

/** Why the lifecycle refuses an event; stable codes for API errors, projections and audit reports. */
public enum RejectionCode {
    /** The event is not legal in the referral's current status. */
    ILLEGAL_TRANSITION,
    /** The acting unit is not the one the step belongs to (e.g. not the addressed police unit). */
    WRONG_ACTOR,
    /** The event's content breaks a rule (e.g. a 30-day decision without a named approver). */
    INVALID_CONTENT,
    /** The event names a referral that was never submitted. */
    UNKNOWN_REFERRAL
}
