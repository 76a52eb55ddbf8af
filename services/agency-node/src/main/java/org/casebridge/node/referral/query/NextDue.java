package org.casebridge.node.referral.query;

import java.time.Instant;

import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.casebridge.rules.clock.DeadlineStatus;

/**
 * A running deadline of a referral: the one it waits on first, or a longer decision period the police may claim.
 *
 * @param kind           e.g. {@code RECEIPT}, {@code DECISION}, {@code EVIDENCE_HANDOVER}
 * @param decisionPeriod {@code DAYS_3}, {@code DAYS_7} or {@code DAYS_30} for a decision, else null
 * @param dueAt          last instant in time
 * @param rule           {@code <rule id>@<rule set version>}
 * @param responsible    the unit that must act, e.g. {@code POLICE:150203}
 * @param status         {@code PENDING}, {@code WARNING} or {@code BREACHED}
 * @param overdue        whether the due instant has passed
 */
public record NextDue(DeadlineKind kind, DecisionPeriod decisionPeriod, Instant dueAt, String rule, String responsible,
                      DeadlineStatus status, boolean overdue) {
}
