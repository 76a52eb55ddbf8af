package org.casebridge.platform.integrity;

/** What the hash chain says about an incoming event of a case. */
public enum ChainVerdict {
    /** The next event: sequence = head + 1 and previous hash = head hash. The head moves to it. */
    ACCEPTED,
    /** The event id was already applied: a retry or redelivery, to be ignored. */
    DUPLICATE,
    /** The writer stated a head that is not the current one (it saw an older or another head). */
    CONFLICT,
    /** The sequence skips ahead of the head and the stated head is unknown: an event is missing. */
    GAP
}
