package org.casebridge.exchange.referral.command;

/**
 * The event was appended but the service's own consumer did not apply it within the bounded wait. It may
 * still be applied: the caller retries with the same Idempotency-Key and gets the outcome, without a second
 * event.
 */
public final class NotAppliedYetException extends RuntimeException {

    private final String referralId;

    NotAppliedYetException(String referralId, String eventId) {
        super("event " + eventId + " of referral " + referralId + " is not applied yet; it may still be:"
                + " retry with the same Idempotency-Key to get its outcome");
        this.referralId = referralId;
    }

    public String referralId() {
        return referralId;
    }
}
