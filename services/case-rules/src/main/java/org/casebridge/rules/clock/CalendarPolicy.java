package org.casebridge.rules.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * How a rule set turns a rule and a start instant into a due instant.
 * <ul>
 * <li>HOURS: elapsed time from the start; nights, weekends and holidays count, nothing rolls.</li>
 * <li>DAYS and MONTHS: the day of the event does not count; the period's last day is the event's local date plus
 * the amount (for months the corresponding day of the month, or that month's last day when it has no such day,
 * as the Civil Code counts periods). A last day that is not a working day moves to the next working day. The
 * deadline ends at the end of that day: 23:59:59.999 local time is the last instant in time.</li>
 * <li>Pauses: an hour clock is extended by the paused elapsed time; a day or month clock by the number of local
 * dates the pause spans (request date to provision date: a pause within one day costs nothing, one overnight
 * costs a day), added to the last day before the roll. A pause that begins after the deadline (as extended by
 * the earlier pauses) cannot revive it and is ignored.</li>
 * </ul>
 */
final class CalendarPolicy {

    private final ZoneId zone;
    private final WorkingCalendar calendar;

    CalendarPolicy(ZoneId zone, WorkingCalendar calendar) {
        this.zone = zone;
        this.calendar = calendar;
    }

    ZoneId zone() {
        return zone;
    }

    boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
    }

    Instant due(Rule rule, Instant start, List<Pause> pauses) {
        requireApplicable(rule, start, pauses);
        return switch (rule.unit()) {
            case HOURS -> {
                Instant unpaused = start.plus(Duration.ofHours(rule.amount()));
                yield extendedByPauses(pauses, unpaused::plusNanos, pause -> Duration.between(pause.from(), pause.until()).toNanos());
            }
            case DAYS -> dayClockDue(localDate(start).plusDays(rule.amount()), pauses);
            case MONTHS -> dayClockDue(localDate(start).plusMonths(rule.amount()), pauses);
        };
    }

    private Instant dayClockDue(LocalDate lastDay, List<Pause> pauses) {
        return extendedByPauses(pauses,
                pausedDays -> endOfDay(calendar.workingDayOnOrAfter(lastDay.plusDays(pausedDays))),
                pause -> ChronoUnit.DAYS.between(localDate(pause.from()), localDate(pause.until())));
    }

    private static Instant extendedByPauses(List<Pause> pauses, LongFunction<Instant> dueAfterPausing,
                                            ToLongFunction<Pause> pauseLength) {
        long paused = 0;
        Instant due = dueAfterPausing.apply(paused);
        for (Pause pause : pauses) {
            if (pause.from().isAfter(due)) {
                break;
            }
            paused += pauseLength.applyAsLong(pause);
            due = dueAfterPausing.apply(paused);
        }
        return due;
    }

    private LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The last millisecond of the day (event times are milliseconds), correct across offset changes too. */
    private Instant endOfDay(LocalDate date) {
        return date.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
    }

    private static void requireApplicable(Rule rule, Instant start, List<Pause> pauses) {
        if (pauses.isEmpty()) {
            return;
        }
        if (!rule.pausable()) {
            throw new InvalidPauseException("rule " + rule.reference() + " does not pause, but pauses were given");
        }
        Instant previousEnd = start;
        for (Pause pause : pauses) {
            if (pause.from().isBefore(previousEnd)) {
                throw new InvalidPauseException(pause.from().isBefore(start)
                        ? "pause from " + pause.from() + " starts before the clock starts at " + start
                        : "pause from " + pause.from() + " starts before the previous pause ends at " + previousEnd
                        + "; give pauses in order, without overlap");
            }
            previousEnd = pause.until();
        }
    }
}
