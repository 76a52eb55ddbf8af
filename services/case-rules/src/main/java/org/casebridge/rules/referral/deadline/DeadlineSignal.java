package org.casebridge.rules.referral.deadline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.referral.Deadline;
import org.casebridge.contracts.referral.DeadlineBreached;
import org.casebridge.contracts.referral.DeadlineWarning;
import org.casebridge.rules.unit.UnitIds;

/**
 * A warning or breach of the legal clock (ADR 0006), and whether it stands against the referral's clocks as the
 * reader derived them from the log: the clock it names (kind, responsible unit, due instant, rule) must be one of
 * the referral's, still running when the signal was given (an act that ended it may follow the signal on the log,
 * never precede it), and the signal must be given in its time: a warning from the clock's warning instant up to its
 * due instant, a breach after the due instant. Pure, so every consumer and every replay reaches the same verdict.
 *
 * @param breach   true for {@code DeadlineBreached}, false for {@code DeadlineWarning}
 * @param deadline the clock the signal is about
 */
public record DeadlineSignal(boolean breach, Deadline deadline) {

    public static final String WARNING = "WARNING";
    public static final String BREACHED = "BREACHED";

    /** The signal an event gives, if it is a warning or a breach. */
    public static Optional<DeadlineSignal> of(SpecificRecord event) {
        if (event instanceof DeadlineWarning warning) {
            return Optional.of(new DeadlineSignal(false, warning.getDeadline()));
        }
        if (event instanceof DeadlineBreached breached) {
            return Optional.of(new DeadlineSignal(true, breached.getDeadline()));
        }
        return Optional.empty();
    }

    /** {@value #WARNING} or {@value #BREACHED}, as stored. */
    public String name() {
        return breach ? BREACHED : WARNING;
    }

    /**
     * @param clocks  the referral's clocks before the signal, running and done ({@link ReferralDeadlines#track})
     * @param givenAt the signal's {@code meta.occurredAt}
     * @return null when the signal stands, else why not
     */
    public String refusal(List<TrackedDeadline> clocks, Instant givenAt) {
        String responsible = UnitIds.idOf(deadline.getResponsible());
        TrackedDeadline clock = clocks.stream()
                .filter(c -> c.kind() == deadline.getKind() && deadline.getDueAt().equals(c.dueAt())
                        && c.rule().equals(deadline.getRule()) && c.responsible().equals(responsible))
                .filter(c -> c.running() || c.doneAt().isAfter(givenAt))
                .findFirst().orElse(null);
        if (clock == null) {
            return "no " + deadline.getKind() + " clock of " + responsible + " due at " + deadline.getDueAt()
                    + " under " + deadline.getRule() + " runs at " + givenAt;
        }
        if (breach && !givenAt.isAfter(clock.dueAt())) {
            return "a breach of the " + deadline.getKind() + " clock is given after its due instant " + clock.dueAt()
                    + ", not at " + givenAt;
        }
        if (!breach && (givenAt.isBefore(clock.warnAt()) || givenAt.isAfter(clock.dueAt()))) {
            return "a warning of the " + deadline.getKind() + " clock is given from " + clock.warnAt() + " to "
                    + clock.dueAt() + ", not at " + givenAt;
        }
        return null;
    }
}
