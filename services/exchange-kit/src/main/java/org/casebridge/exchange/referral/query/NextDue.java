package org.casebridge.exchange.referral.query;

import java.time.Instant;

import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.exchange.clock.DeadlineStatus;

/**
 * The deadline a referral waits on now.
 *
 * @param kind    e.g. {@code RECEIPT}, {@code DECISION}, {@code SUPPLEMENT}
 * @param dueAt   last instant in time
 * @param rule    {@code <rule id>@<rule set version>}
 * @param status  {@code PENDING}, {@code WARNING} or {@code BREACHED}
 * @param overdue whether the due instant has passed
 */
public record NextDue(DeadlineKind kind, Instant dueAt, String rule, DeadlineStatus status, boolean overdue) {
}
