package org.casebridge.platform.command;

import java.time.Duration;

/**
 * The command is recorded under its Idempotency-Key but its outcome is not known yet: the caller retries with the
 * same key after {@link #retryAfter} and gets the outcome, without a second event.
 */
public abstract sealed class RetryLaterException extends RuntimeException
        permits NotAppliedYetException, NotAppendedYetException {

    private final String problemType;
    private final String caseId;
    private final Duration retryAfter;

    RetryLaterException(String problemType, String caseId, Duration retryAfter, String message, Throwable cause) {
        super(message, cause);
        this.problemType = problemType;
        this.caseId = caseId;
        this.retryAfter = retryAfter;
    }

    /** The last segment of the problem's type URI. */
    public String problemType() {
        return problemType;
    }

    public String caseId() {
        return caseId;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
