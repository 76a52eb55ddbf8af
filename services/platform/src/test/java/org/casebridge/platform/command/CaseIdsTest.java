package org.casebridge.platform.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CaseIdsTest {

    @Test
    void namesPrefixDivisionChinasYearAndTwelveDigits() {
        // 31 December 2025 17:00 UTC is already 1 January 2026 in China.
        CaseIds ids = new CaseIds("RF", Clock.fixed(Instant.parse("2025-12-31T17:00:00Z"), ZoneOffset.UTC));

        assertThat(ids.next("150203")).matches("RF-150203-2026-\\d{12}");
    }

    @Test
    void doesNotRepeatItselfOverManyIds() {
        CaseIds ids = new CaseIds("LD", Clock.systemUTC());
        Set<String> seen = new HashSet<>();

        for (int i = 0; i < 100_000; i++) {
            seen.add(ids.next("150802"));
        }

        assertThat(seen).hasSize(100_000);
    }
}
