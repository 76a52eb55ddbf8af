package org.casebridge.rules.clock;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Legal-clock configurations for tests: inline YAML or a test resource. */
final class ClockYaml {

    /** A calendar with the 2026 National Day block and its make-up Saturday. */
    static final String NATIONAL_DAY_CALENDAR = """
            calendars:
              - id: cn
                holidays:
                  - {name: 国庆节, from: 2026-10-01, to: 2026-10-07}
                adjustedWorkingDays:
                  - {name: 国庆节调休, date: 2026-10-10}
            """;

    static final String RECEIPT_RULE = "{id: receipt-24h, kind: RECEIPT, amount: 24, unit: HOURS, warnBefore: 25%}";

    private ClockYaml() {
    }

    static LegalClock read(String yaml) {
        return LegalClock.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml");
    }

    /** {@link #NATIONAL_DAY_CALENDAR} and one rule set {@code v1} in force from 2020-08-07 with the given rules. */
    static LegalClock withRules(String... rules) {
        return read(NATIONAL_DAY_CALENDAR + """
                ruleSets:
                  - version: v1
                    effectiveFrom: 2020-08-07
                    timeZone: Asia/Shanghai
                    calendar: cn
                    rules:
                """ + Stream.of(rules).map(rule -> "      - " + rule + "\n").collect(Collectors.joining()));
    }

    static LegalClock resource(String name) {
        try (InputStream in = ClockYaml.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + name + " is missing");
            }
            return LegalClock.read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
