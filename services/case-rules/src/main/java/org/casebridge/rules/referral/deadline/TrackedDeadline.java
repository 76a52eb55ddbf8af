package org.casebridge.rules.referral.deadline;

import java.time.Instant;

import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.casebridge.rules.clock.DeadlineStatus;

/**
 * One legal clock of a referral, as the projection stores it: running (not done yet) or done, with whether the act
 * met it. Derived from the referral's accepted events only, so every service and every replay store the same.
 *
 * @param kind           which deadline
 * @param decisionPeriod the decision period ({@code DECISION} only), else null
 * @param subject        what the clock is about when a referral can have several of its kind (the judicial
 *                       suggestion's number), else null
 * @param responsible    the unit that must act, {@code TYPE:code}
 * @param startAt        the event that started the clock
 * @param dueAt          last instant in time; null while a supplement request pauses the clock
 * @param warnAt         from when the clock warns; null while paused
 * @param rule           {@code <rule id>@<rule set version>}
 * @param alternative    a longer decision period the police may still claim with a named approver (7 or 30 days)
 *                       while the 3-day one runs; not what lists sort on
 * @param pausedSince    start of the supplement request pausing the clock, or null
 * @param doneAt         when the act happened, or null while the clock runs
 * @param doneSequence   sequence of the event that did the act, or null
 * @param outcome        {@code MET} or {@code BREACHED} once done, else null
 */
public record TrackedDeadline(DeadlineKind kind, DecisionPeriod decisionPeriod, String subject, String responsible,
                              Instant startAt, Instant dueAt, Instant warnAt, String rule, boolean alternative,
                              Instant pausedSince, Instant doneAt, Long doneSequence, DeadlineStatus outcome) {

    public boolean running() {
        return doneAt == null;
    }

    /** Where the clock stands at {@code now}: its outcome once done; null while paused. */
    public DeadlineStatus statusAt(Instant now) {
        if (!running()) {
            return outcome;
        }
        if (dueAt == null) {
            return null;
        }
        if (now.isAfter(dueAt)) {
            return DeadlineStatus.BREACHED;
        }
        return now.isBefore(warnAt) ? DeadlineStatus.PENDING : DeadlineStatus.WARNING;
    }

    /** Whether the clock runs and its due instant has passed (the "overdue" of lists). */
    public boolean overdueAt(Instant now) {
        return running() && dueAt != null && now.isAfter(dueAt);
    }
}
