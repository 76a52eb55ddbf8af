package org.casebridge.rules.lead;

/** Where a lead (线索) stands in the lifecycle of docs/domain.md. */
public enum LeadStatus {
    /** Raised by the notifier, not acknowledged by any addressee yet. */
    NOTIFIED,
    /** At least one addressee acknowledged it. */
    ACKNOWLEDGED,
    /** An addressed police unit investigates it. */
    INVESTIGATING,
    /** Final: the investigating unit reported the outcome (FILED or NOT_FILED) back to the notifier. */
    OUTCOME_REPORTED,
    /** Final: a duplicate of an earlier lead, merged into it; the earlier lead's notifier keeps the credit. */
    MERGED,
    /** Final: the lead became an administrative case that was referred. */
    CONVERTED_TO_REFERRAL
}
