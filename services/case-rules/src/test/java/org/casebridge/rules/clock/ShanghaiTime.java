package org.casebridge.rules.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Instants written as Beijing local time, as the people who set the deadlines read them. */
final class ShanghaiTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ShanghaiTime() {
    }

    /** {@code 2026-03-09T10:00} in Asia/Shanghai. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    /** The last millisecond of a local day, the due instant of a day clock ending that day. */
    static Instant endOf(String localDate) {
        return LocalDate.parse(localDate).atTime(23, 59, 59, 999_000_000).atZone(ZONE).toInstant();
    }
}
