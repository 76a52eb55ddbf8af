package org.casebridge.node.referral.rebuild;

/** Where the last rebuild of a service's projection stands. */
public enum RebuildState {
    /** None was ever asked for in this database. */
    NONE,
    /** Replaying the log; commands answer 503. */
    RUNNING,
    /** Every record the log held when the rebuild started is applied. */
    DONE,
    /** Not started: other instances of the service were consuming (see docs/operations.md); the projection is as it was. */
    REFUSED,
    /** Stopped before it could replay (the reason is in {@code failure}); the projection may be partial. */
    FAILED
}
