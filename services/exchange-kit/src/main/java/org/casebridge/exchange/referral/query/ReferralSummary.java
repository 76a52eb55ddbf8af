package org.casebridge.exchange.referral.query;

import java.time.Instant;

import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.exchange.referral.ReferralStatus;

/**
 * One referral in a list.
 *
 * @param referralId  the case id
 * @param status      where it stands
 * @param sender      e.g. {@code FORESTRY:150200}
 * @param receiver    the police unit currently addressed
 * @param handlingCode who may see it
 * @param submittedAt when the sender submitted it
 * @param nextDue     the deadline it waits on, or null
 * @param overdue     whether that deadline has passed
 */
public record ReferralSummary(String referralId, ReferralStatus status, String sender, String receiver,
                              HandlingCode handlingCode, Instant submittedAt, NextDue nextDue, boolean overdue) {
}
