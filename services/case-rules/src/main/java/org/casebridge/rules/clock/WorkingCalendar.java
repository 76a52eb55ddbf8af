package org.casebridge.rules.clock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days: Monday to Friday, minus public holidays, plus adjusted working days (调休, weekend days on which
 * people work to make up for a longer holiday). Dates outside the configured years count weekends only.
 */
final class WorkingCalendar {

    private final String id;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> adjustedWorkingDays;

    WorkingCalendar(String id, Set<LocalDate> holidays, Set<LocalDate> adjustedWorkingDays) {
        this.id = id;
        this.holidays = Set.copyOf(holidays);
        this.adjustedWorkingDays = Set.copyOf(adjustedWorkingDays);
    }

    String id() {
        return id;
    }

    boolean isWorkingDay(LocalDate date) {
        if (holidays.contains(date)) {
            return false;
        }
        return !isWeekend(date) || adjustedWorkingDays.contains(date);
    }

    /** {@code date} itself when it is a working day, else the first working day after it. */
    LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
