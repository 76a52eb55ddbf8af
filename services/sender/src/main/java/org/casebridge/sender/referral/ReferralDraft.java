package org.casebridge.sender.referral;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * A referral the unit is still preparing: any part of a submission, as JSON, kept in the service's own database.
 *
 * @param version starts at 1 and grows with every change; an update naming another version is refused (409)
 * @param content the submission as far as it is written (the body of {@code POST /api/referrals}, possibly partial)
 */
record ReferralDraft(String draftId, String unit, String createdBy, String updatedBy, Instant createdAt,
                     Instant updatedAt, long version, JsonNode content) {
}
