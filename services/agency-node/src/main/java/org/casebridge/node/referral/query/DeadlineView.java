package org.casebridge.node.referral.query;

import java.time.Instant;

import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.casebridge.rules.clock.DeadlineStatus;
import org.casebridge.rules.referral.deadline.TrackedDeadline;

/**
 * One legal clock of a referral in its detail: running, paused or done.
 *
 * @param kind           which deadline
 * @param decisionPeriod for a decision, the period; else null
 * @param subject        the judicial suggestion's number for a suggestion reply, else null
 * @param responsible    the unit that must act
 * @param startAt        when the clock started
 * @param dueAt          last instant in time; null while a supplement request pauses the decision
 * @param rule           {@code <rule id>@<rule set version>}
 * @param alternative    a 7- or 30-day decision period the police may still claim (with an approver)
 * @param pausedSince    when the pause began, or null
 * @param doneAt         when the act happened, or null
 * @param doneSequence   the timeline sequence of that act, or null
 * @param status         {@code MET} or {@code BREACHED} once done; {@code PENDING}, {@code WARNING} or
 *                       {@code BREACHED} while running; null while paused
 * @param overdue        running and past its due instant
 */
public record DeadlineView(DeadlineKind kind, DecisionPeriod decisionPeriod, String subject, String responsible,
                           Instant startAt, Instant dueAt, String rule, boolean alternative, Instant pausedSince,
                           Instant doneAt, Long doneSequence, DeadlineStatus status, boolean overdue) {

    static DeadlineView of(TrackedDeadline d, Instant now) {
        return new DeadlineView(d.kind(), d.decisionPeriod(), d.subject(), d.responsible(), d.startAt(), d.dueAt(),
                d.rule(), d.alternative(), d.pausedSince(), d.doneAt(), d.doneSequence(), d.statusAt(now),
                d.overdueAt(now));
    }

    NextDue asNextDue() {
        return new NextDue(kind, decisionPeriod, dueAt, rule, responsible, status, overdue);
    }
}
