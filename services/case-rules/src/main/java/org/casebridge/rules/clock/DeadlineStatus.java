package org.casebridge.rules.clock;

/** Where a deadline stands at a given instant. */
public enum DeadlineStatus {
    /** Not done and not yet in the warning window. */
    PENDING,
    /** Not done, warning time reached, due time not passed. */
    WARNING,
    /** Done at or before the due time. */
    MET,
    /** Due time passed without the act, or the act came late. */
    BREACHED
}
