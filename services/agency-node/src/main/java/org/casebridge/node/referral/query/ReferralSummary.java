package org.casebridge.node.referral.query;

import java.time.Instant;
import java.util.List;

import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.rules.referral.ReferralStatus;

/**
 * One referral in a list.
 *
 * @param referralId       the case id
 * @param status           where it stands
 * @param sender           e.g. {@code FORESTRY:150200}
 * @param receiver         the police unit currently addressed
 * @param court            the trial court, or null
 * @param handlingCode     who may see it
 * @param submittedAt      when the sender submitted it
 * @param nextDue          the deadline it waits on first, or null
 * @param overdue          whether that deadline has passed
 * @param signalled        the legal clock's signal on the log for that deadline: {@code BREACHED}, {@code WARNING},
 *                         or null when it gave none (yet)
 * @param extendedDecision while the decision is awaited: the 7- and 30-day periods the police may claim with a
 *                         named approver (nextDue is then the 3-day one); else empty
 */
public record ReferralSummary(String referralId, ReferralStatus status, String sender, String receiver, String court,
                              HandlingCode handlingCode, Instant submittedAt, NextDue nextDue, boolean overdue,
                              String signalled, List<NextDue> extendedDecision) {
}
