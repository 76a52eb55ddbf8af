package org.casebridge.rules.clock;

import java.util.List;

/**
 * The YAML layout of the legal-clock configuration, as written (dates, enums and durations as text so that
 * {@link LegalClockReader} can say exactly which entry is wrong).
 */
record LegalClockFile(List<Calendar> calendars, List<RuleSetEntry> ruleSets) {

    /** Holiday data shared by rule sets: holidays are facts of the year, not rules of a decree. */
    record Calendar(String id, List<Holiday> holidays, List<AdjustedWorkingDay> adjustedWorkingDays) {
    }

    /** {@code to} may be omitted for a one-day holiday; both ends are included. */
    record Holiday(String name, String from, String to) {
    }

    record AdjustedWorkingDay(String name, String date) {
    }

    record RuleSetEntry(String version, String effectiveFrom, String timeZone, String calendar, List<RuleEntry> rules) {
    }

    record RuleEntry(String id, String kind, String decisionPeriod, Integer amount, String unit, String warnBefore,
                     Boolean pausable, Boolean approverRequired) {
    }
}
