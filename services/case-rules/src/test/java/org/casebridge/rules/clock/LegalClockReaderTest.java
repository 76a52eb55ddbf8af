package org.casebridge.rules.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casebridge.rules.clock.ClockYaml.NATIONAL_DAY_CALENDAR;
import static org.casebridge.rules.clock.ClockYaml.RECEIPT_RULE;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class LegalClockReaderTest {

    @Test
    void readsAMinimalConfiguration() {
        LegalClock clock = ClockYaml.withRules(RECEIPT_RULE);

        assertThat(clock.ruleSets()).singleElement().extracting(RuleSet::version).isEqualTo("v1");
    }

    @Test
    void refusesMalformedYaml() {
        assertRefused(NATIONAL_DAY_CALENDAR + "ruleSets: [ {version: v1, effectiveFrom: 2020-08-07",
                "malformed legal clock test.yml");
    }

    @Test
    void refusesUnknownField() {
        assertRefused(NATIONAL_DAY_CALENDAR + """
                ruleSets:
                  - {version: v1, effectiveFrom: 2020-08-07, timeZone: Asia/Shanghai, calendar: cn, zone: UTC}
                """, "malformed legal clock test.yml");
    }

    @Test
    void refusesEmptyFile() {
        assertRefused("---\n", "legal clock test.yml: the file is empty");
    }

    @Test
    void refusesFileWithoutRuleSets() {
        assertRefused(NATIONAL_DAY_CALENDAR, "legal clock test.yml: no rule sets");
    }

    @Test
    void refusesRuleSetWithoutEffectiveFrom() {
        assertRefused(ruleSets("{version: v1, timeZone: Asia/Shanghai, calendar: cn, rules: [" + RECEIPT_RULE + "]}"),
                "legal clock test.yml: rule set v1, effectiveFrom is missing");
    }

    @Test
    void refusesMalformedEffectiveFrom() {
        assertRefused(ruleSets(ruleSet("v1", "2020-13-01")),
                "legal clock test.yml: rule set v1, effectiveFrom '2020-13-01' is not a date like 2026-10-01");
    }

    @Test
    void refusesDuplicateVersion() {
        assertRefused(ruleSets(ruleSet("v1", "2020-08-07"), ruleSet("v1", "2026-07-01")),
                "legal clock test.yml: duplicate rule set version v1");
    }

    @Test
    void refusesTwoRuleSetsTakingEffectTogether() {
        assertRefused(ruleSets(ruleSet("v1", "2020-08-07"), ruleSet("v2", "2020-08-07")),
                "legal clock test.yml: rule sets v1 and v2 take effect at the same instant 2020-08-06T16:00:00Z;"
                        + " which applies would be a guess");
    }

    @Test
    void refusesVersionContainingTheReferenceSeparator() {
        assertRefused(ruleSets(ruleSet("v@1", "2020-08-07")), "contains '@'");
    }

    @Test
    void refusesUnknownTimeZone() {
        assertRefused(ruleSets("{version: v1, effectiveFrom: 2020-08-07, timeZone: Mars/Olympus, calendar: cn,"
                        + " rules: [" + RECEIPT_RULE + "]}"),
                "legal clock test.yml: rule set v1, timeZone 'Mars/Olympus' is not a time zone id like Asia/Shanghai");
    }

    @Test
    void refusesUnknownCalendar() {
        assertRefused(ruleSets("{version: v1, effectiveFrom: 2020-08-07, timeZone: Asia/Shanghai, calendar: hk,"
                        + " rules: [" + RECEIPT_RULE + "]}"),
                "legal clock test.yml: rule set v1 names calendar hk, which is not in the calendars list");
    }

    @Test
    void refusesRuleSetWithoutRules() {
        assertRefused(ruleSets("{version: v1, effectiveFrom: 2020-08-07, timeZone: Asia/Shanghai, calendar: cn}"),
                "legal clock test.yml: rule set v1 has no rules");
    }

    @Test
    void refusesDuplicateRuleId() {
        assertRefused(() -> ClockYaml.withRules(RECEIPT_RULE,
                        "{id: receipt-24h, kind: FORWARDING, amount: 24, unit: HOURS, warnBefore: 25%}"),
                "legal clock test.yml: rule set v1 has two rules with id receipt-24h");
    }

    @Test
    void refusesTwoRulesForTheSameDeadline() {
        assertRefused(() -> ClockYaml.withRules(RECEIPT_RULE,
                        "{id: receipt-12h, kind: RECEIPT, amount: 12, unit: HOURS, warnBefore: 25%}"),
                "legal clock test.yml: rule set v1: rules receipt-24h and receipt-12h both govern RECEIPT");
    }

    @Test
    void refusesTwoRulesForTheSameDecisionPeriod() {
        assertRefused(() -> ClockYaml.withRules(
                        "{id: decision-3d, kind: DECISION, decisionPeriod: DAYS_3, amount: 3, unit: DAYS, warnBefore: P1D}",
                        "{id: decision-72h, kind: DECISION, decisionPeriod: DAYS_3, amount: 72, unit: HOURS, warnBefore: P1D}"),
                "rules decision-3d and decision-72h both govern DECISION DAYS_3");
    }

    @Test
    void refusesUnknownKind() {
        assertRefused(() -> ClockYaml.withRules("{id: lunch-1h, kind: LUNCH, amount: 1, unit: HOURS, warnBefore: 25%}"),
                "legal clock test.yml: rule lunch-1h@v1, kind 'LUNCH' is unknown; known: [SUBMISSION,");
    }

    @Test
    void refusesTheContractsFallbackKind() {
        assertRefused(() -> ClockYaml.withRules("{id: x-1h, kind: UNKNOWN, amount: 1, unit: HOURS, warnBefore: 25%}"),
                "rule x-1h@v1 governs UNKNOWN");
    }

    @Test
    void refusesDecisionRuleWithoutPeriod() {
        assertRefused(() -> ClockYaml.withRules("{id: decision-3d, kind: DECISION, amount: 3, unit: DAYS, warnBefore: P1D}"),
                "rule decision-3d@v1: a decisionPeriod is required for DECISION rules and not allowed for others");
    }

    @Test
    void refusesPeriodOnOtherRules() {
        assertRefused(() -> ClockYaml.withRules(
                        "{id: receipt-24h, kind: RECEIPT, decisionPeriod: DAYS_3, amount: 24, unit: HOURS, warnBefore: 25%}"),
                "a decisionPeriod is required for DECISION rules and not allowed for others");
    }

    @Test
    void refusesUnknownUnit() {
        assertRefused(() -> ClockYaml.withRules("{id: receipt-1w, kind: RECEIPT, amount: 1, unit: WEEKS, warnBefore: 25%}"),
                "rule receipt-1w@v1, unit 'WEEKS' is unknown; known: [HOURS, DAYS, MONTHS]");
    }

    @Test
    void refusesMissingOrNonPositiveAmount() {
        assertRefused(() -> ClockYaml.withRules("{id: receipt, kind: RECEIPT, unit: HOURS, warnBefore: 25%}"),
                "rule receipt@v1 needs a positive amount, not null");
        assertRefused(() -> ClockYaml.withRules("{id: receipt, kind: RECEIPT, amount: 0, unit: HOURS, warnBefore: 25%}"),
                "rule receipt@v1 needs a positive amount, not 0");
    }

    @Test
    void refusesUnreadableWarningLead() {
        assertRefused(() -> ClockYaml.withRules("{id: receipt-24h, kind: RECEIPT, amount: 24, unit: HOURS, warnBefore: soon}"),
                "rule receipt-24h@v1, warnBefore 'soon' is neither a share like 25% nor an ISO-8601 duration like PT6H");
        assertRefused(() -> ClockYaml.withRules("{id: receipt-24h, kind: RECEIPT, amount: 24, unit: HOURS, warnBefore: 150%}"),
                "warnBefore '150%' is neither");
    }

    @Test
    void refusesOverlappingHolidays() {
        assertRefused(calendar("""
                    holidays:
                      - {name: 中秋节, from: 2025-10-01, to: 2025-10-08}
                      - {name: 国庆节, from: 2025-10-01, to: 2025-10-08}
                """), "legal clock test.yml: calendar cn, holiday 国庆节 overlaps holiday 中秋节 on 2025-10-01");
    }

    @Test
    void refusesHolidayEndingBeforeItStarts() {
        assertRefused(calendar("""
                    holidays:
                      - {name: 国庆节, from: 2026-10-07, to: 2026-10-01}
                """), "calendar cn, holiday 国庆节 ends on 2026-10-01, before it starts on 2026-10-07");
    }

    @Test
    void refusesAdjustedWorkingDayOnAWeekday() {
        assertRefused(calendar("""
                    adjustedWorkingDays:
                      - {name: 调休, date: 2026-10-09}
                """), "calendar cn, adjusted working day 调休 2026-10-09 is a FRIDAY, not a weekend day to make up");
    }

    @Test
    void refusesAdjustedWorkingDayThatIsAlsoAHoliday() {
        assertRefused(calendar("""
                    holidays:
                      - {name: 国庆节, from: 2026-10-01, to: 2026-10-07}
                    adjustedWorkingDays:
                      - {name: 调休, date: 2026-10-03}
                """), "adjusted working day 调休 2026-10-03 is also holiday 国庆节");
    }

    @Test
    void refusesDuplicateCalendar() {
        assertRefused("""
                calendars:
                  - {id: cn}
                  - {id: cn}
                ruleSets:
                """ + "  - " + ruleSet("v1", "2020-08-07") + "\n", "legal clock test.yml: duplicate calendar cn");
    }

    private static String calendar(String body) {
        return "calendars:\n  - id: cn\n" + body + "ruleSets:\n  - " + ruleSet("v1", "2020-08-07") + "\n";
    }

    private static String ruleSet(String version, String effectiveFrom) {
        return "{version: \"" + version + "\", effectiveFrom: " + effectiveFrom
                + ", timeZone: Asia/Shanghai, calendar: cn, rules: [" + RECEIPT_RULE + "]}";
    }

    private static String ruleSets(String... ruleSets) {
        return NATIONAL_DAY_CALENDAR + "ruleSets:\n" + Stream.of(ruleSets)
                .map(ruleSet -> "  - " + ruleSet + "\n").collect(Collectors.joining());
    }

    private static void assertRefused(String yaml, String message) {
        assertRefused(() -> ClockYaml.read(yaml), message);
    }

    private static void assertRefused(ThrowingCallable read, String message) {
        assertThatThrownBy(read).isInstanceOf(LegalClockConfigException.class).hasMessageContaining(message);
    }
}
