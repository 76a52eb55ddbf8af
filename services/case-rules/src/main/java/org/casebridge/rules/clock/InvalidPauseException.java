package org.casebridge.rules.clock;

/** Pauses that cannot apply to a clock: before its start, out of order, overlapping, or on a rule that never pauses. */
public class InvalidPauseException extends IllegalArgumentException {

    public InvalidPauseException(String message) {
        super(message);
    }
}
