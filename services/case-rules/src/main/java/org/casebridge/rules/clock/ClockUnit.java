package org.casebridge.rules.clock;

/** How a rule's period is counted; see {@link CalendarPolicy} for what each unit means in time. */
public enum ClockUnit {
    /** Elapsed time: no calendar, no roll to a working day. */
    HOURS,
    /** Calendar days from the day after the event, rolled to a working day. */
    DAYS,
    /** Calendar months from the day after the event (to the corresponding day), rolled to a working day. */
    MONTHS
}
