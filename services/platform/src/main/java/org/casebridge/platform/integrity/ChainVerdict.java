package org.casebridge.platform.integrity;

/** What the hash chain says about an incoming event of a case. */
public enum ChainVerdict {
    /** The next event: sequence = head + 1 and previous hash = head hash. The head moves to it. */
    ACCEPTED,
    /** An event beside the chain (ADR 0006): sequence 0, no previous hash. Accepted; the head stays where it was. */
    BESIDE,
    /** The event id was already applied: a retry or redelivery, to be ignored. */
    DUPLICATE,
    /**
     * The writer stated a head that is not the current one (it saw an older or another head); also an event beside
     * the chain that claims a place on it, or a chained event that claims none.
     */
    CONFLICT,
    /** The sequence skips ahead of the head and the stated head is unknown: an event is missing. */
    GAP
}
