package org.casebridge.platform.security;

/** What a person may do in their agency's service; granted as Spring authorities {@code ROLE_<name>}. */
public enum Role {
    /** Prepares and submits referrals and leads, signs receipts. */
    OFFICER,
    /** Approves decisions that need a named approver (e.g. the 7- and 30-day decision periods). */
    APPROVER,
    /** Follows leads matching their subscriptions. */
    INVESTIGATOR,
    /** Reads and replays history to check deadlines, authorship and integrity. */
    AUDITOR,
    /** Runs the service. */
    ADMIN;

    /** The Spring Security authority, as {@code hasRole(...)} expects it. */
    public String authority() {
        return "ROLE_" + name();
    }
}
