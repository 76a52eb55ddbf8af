package org.casebridge.platform.command;

import java.time.Duration;

/**
 * The command is recorded with its event, but the broker has not acknowledged the event: it could not be reached,
 * or the send is still under way. The outbox relay appends the event without a retry; a retry with the same
 * Idempotency-Key learns the outcome once it is applied.
 */
public final class NotAppendedYetException extends RetryLaterException {

    static final String TYPE = "broker-unavailable";

    NotAppendedYetException(String caseId, String eventId, Duration retryAfter, Throwable cause) {
        super(TYPE, caseId, retryAfter, "event " + eventId + " of case " + caseId + " is recorded but not on the log"
                + " yet (" + (cause == null ? "its append is under way" : "the broker could not be reached") + "); it"
                + " will be appended without a retry: retry with the same Idempotency-Key to get its outcome", cause);
    }
}
