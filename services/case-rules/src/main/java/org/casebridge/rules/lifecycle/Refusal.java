package org.casebridge.rules.lifecycle;

/** Why a {@link TransitionTable} refuses an event of a known case; stable codes for APIs, projections and audit. */
public enum Refusal {
    /** The event is not legal in the case's current status. */
    ILLEGAL_TRANSITION,
    /** The acting unit is not one the step belongs to. */
    WRONG_ACTOR,
    /** The event's content breaks a rule. */
    INVALID_CONTENT
}
