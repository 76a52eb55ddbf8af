package org.casebridge.platform.command;

/**
 * The event was appended but the service's own consumer did not apply it within the bounded wait. It may
 * still be applied: the caller retries with the same Idempotency-Key and gets the outcome, without a second
 * event.
 */
public final class NotAppliedYetException extends RuntimeException {

    private final String caseId;

    NotAppliedYetException(String caseId, String eventId) {
        super("event " + eventId + " of case " + caseId + " is not applied yet; it may still be:"
                + " retry with the same Idempotency-Key to get its outcome");
        this.caseId = caseId;
    }

    public String caseId() {
        return caseId;
    }
}
