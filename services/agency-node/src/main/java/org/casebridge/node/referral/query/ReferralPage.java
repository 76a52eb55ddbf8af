package org.casebridge.node.referral.query;

import java.util.List;

/**
 * A page of a referral list.
 *
 * @param items         the referrals on this page
 * @param page          zero-based page number
 * @param size          page size asked for
 * @param totalElements referrals in the whole list
 */
public record ReferralPage(List<ReferralSummary> items, int page, int size, long totalElements) {
}
