package org.casebridge.platform.command;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;

/**
 * New case ids that people can read and say: {@code <prefix>-<division>-<year>-<12 random digits>}, e.g.
 * {@code RF-150203-2026-384710702628}. Twelve digits, because a new id that names an existing case is refused as
 * "already submitted": with six, a division with tens of thousands of cases a year met that for a few percent of
 * submissions; with twelve, the chance is about one in ten million even at a million cases. The year is China's.
 */
public final class CaseIds {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int DIGITS = 12;
    private static final long BOUND = 1_000_000_000_000L;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final String prefix;

    /** @param prefix {@code RF} for referrals, {@code LD} for leads */
    public CaseIds(String prefix, Clock clock) {
        this.prefix = prefix;
        this.clock = clock;
    }

    /** A fresh id of a case located in {@code divisionCode}. */
    public String next(String divisionCode) {
        // Concatenated, not String.format: a Formatter per id (locale symbols, pattern parsing) cost more CPU than
        // the rest of the id, and it would write the default locale's digits, which need not be ASCII.
        String digits = Long.toString(random.nextLong(BOUND));
        return prefix + '-' + divisionCode + '-' + clock.instant().atZone(CHINA).getYear() + '-'
                + "0".repeat(DIGITS - digits.length()) + digits;
    }
}
