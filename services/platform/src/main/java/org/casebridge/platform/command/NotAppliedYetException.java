package org.casebridge.platform.command;

import java.time.Duration;

/**
 * The event was appended but the service's own consumer did not apply it within the bounded wait. It may
 * still be applied: the caller retries with the same Idempotency-Key and gets the outcome, without a second
 * event.
 */
public final class NotAppliedYetException extends RetryLaterException {

    static final String TYPE = "not-applied-yet";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    NotAppliedYetException(String caseId, String eventId) {
        super(TYPE, caseId, RETRY_AFTER, "event " + eventId + " of case " + caseId + " is not applied yet; it may"
                + " still be: retry with the same Idempotency-Key to get its outcome", null);
    }
}
