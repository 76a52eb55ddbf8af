package org.casebridge.rules.clock;

import java.time.Clock;
import java.time.Instant;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.referral.Deadline;
import org.casebridge.contracts.referral.DeadlineKind;

/**
 * A computed deadline. The due instant is the last moment that still counts as in time: an act at {@code dueAt}
 * meets the deadline, one a millisecond later breaches it (event times are milliseconds on the wire).
 *
 * @param kind  the deadline
 * @param rule  {@code <rule id>@<rule set version>}, for {@code Deadline.rule}
 * @param start when the clock started
 * @param dueAt last instant in time
 * @param warnAt from when the clock warns
 */
public record Due(DeadlineKind kind, String rule, Instant start, Instant dueAt, Instant warnAt) {

    /**
     * The status as it stood at {@code now}. An act done after {@code now} is not yet known then, so replaying a
     * case at an earlier point gives the status an observer saw at that point.
     *
     * @param doneAt when the required act happened, or null if it has not
     */
    public DeadlineStatus statusAt(Instant now, Instant doneAt) {
        if (doneAt != null && !doneAt.isAfter(now)) {
            return doneAt.isAfter(dueAt) ? DeadlineStatus.BREACHED : DeadlineStatus.MET;
        }
        if (now.isAfter(dueAt)) {
            return DeadlineStatus.BREACHED;
        }
        return now.isBefore(warnAt) ? DeadlineStatus.PENDING : DeadlineStatus.WARNING;
    }

    public DeadlineStatus status(Clock clock, Instant doneAt) {
        return statusAt(clock.instant(), doneAt);
    }

    /** Whether the deadline is breached at {@code now}: passed undone, or done late. */
    public boolean overdueAt(Instant now, Instant doneAt) {
        return statusAt(now, doneAt) == DeadlineStatus.BREACHED;
    }

    /** The contract record for DeadlineWarning / DeadlineBreached events. */
    public Deadline toDeadline(AgencyRef responsible) {
        return Deadline.newBuilder()
                .setKind(kind)
                .setDueAt(dueAt)
                .setResponsible(responsible)
                .setRule(rule)
                .build();
    }
}
