package org.casebridge.localstack;

/** What {@code ./casebridge} was asked to do. */
public enum Command {
    /** Start the whole stack and keep it running until Ctrl-C or {@code stop}. */
    UP,
    /** Ask the running launcher of a data directory to stop everything it started. */
    STOP,
    /** Tell whether a stack runs from a data directory and how healthy each part is. */
    STATUS,
    /** Print the usage. */
    HELP
}
