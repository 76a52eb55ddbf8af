package org.casebridge.rules.clock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.DecisionPeriod;

/** Parses a legal-clock file and refuses anything incomplete or ambiguous, so that no deadline rests on a guess. */
final class LegalClockReader {

    private static final ObjectMapper YAML = new YAMLMapper();

    private final String source;

    private LegalClockReader(String source) {
        this.source = source;
    }

    static LegalClock read(InputStream in, String source) {
        return new LegalClockReader(source).read(in);
    }

    private LegalClock read(InputStream in) {
        LegalClockFile file;
        try {
            file = YAML.readValue(in, LegalClockFile.class);
        } catch (JsonProcessingException e) {
            throw new LegalClockConfigException("malformed legal clock " + source + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read legal clock " + source, e);
        }
        if (file == null) {
            throw invalid("the file is empty");
        }
        Map<String, WorkingCalendar> calendars = new HashMap<>();
        for (LegalClockFile.Calendar entry : listOrEmpty(file.calendars())) {
            WorkingCalendar calendar = calendar(entry);
            if (calendars.putIfAbsent(calendar.id(), calendar) != null) {
                throw invalid("duplicate calendar " + calendar.id());
            }
        }
        List<LegalClockFile.RuleSetEntry> entries = listOrEmpty(file.ruleSets());
        if (entries.isEmpty()) {
            throw invalid("no rule sets");
        }
        Map<String, RuleSet> byVersion = new HashMap<>();
        Map<Instant, RuleSet> byEffectiveAt = new HashMap<>();
        for (LegalClockFile.RuleSetEntry entry : entries) {
            RuleSet ruleSet = ruleSet(entry, calendars);
            if (byVersion.putIfAbsent(ruleSet.version(), ruleSet) != null) {
                throw invalid("duplicate rule set version " + ruleSet.version());
            }
            RuleSet sameStart = byEffectiveAt.putIfAbsent(ruleSet.effectiveAt(), ruleSet);
            if (sameStart != null) {
                throw invalid("rule sets " + sameStart.version() + " and " + ruleSet.version()
                        + " take effect at the same instant " + ruleSet.effectiveAt() + "; which applies would be a guess");
            }
        }
        return new LegalClock(byEffectiveAt.values());
    }

    private WorkingCalendar calendar(LegalClockFile.Calendar entry) {
        String id = required(entry.id(), () -> "a calendar has no id");
        Map<LocalDate, String> holidays = new HashMap<>();
        for (LegalClockFile.Holiday holiday : listOrEmpty(entry.holidays())) {
            String name = required(holiday.name(), () -> "calendar " + id + ": a holiday has no name");
            String what = "calendar " + id + ", holiday " + name;
            LocalDate from = date(holiday.from(), what + ", from");
            LocalDate to = holiday.to() == null ? from : date(holiday.to(), what + ", to");
            if (to.isBefore(from)) {
                throw invalid(what + " ends on " + to + ", before it starts on " + from);
            }
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                String previous = holidays.putIfAbsent(day, name);
                if (previous != null) {
                    throw invalid(what + " overlaps holiday " + previous + " on " + day);
                }
            }
        }
        Set<LocalDate> adjusted = new HashSet<>();
        for (LegalClockFile.AdjustedWorkingDay workingDay : listOrEmpty(entry.adjustedWorkingDays())) {
            String what = "calendar " + id + ", adjusted working day " + workingDay.name();
            LocalDate date = date(workingDay.date(), what);
            if (!WorkingCalendar.isWeekend(date)) {
                throw invalid(what + " " + date + " is a " + date.getDayOfWeek() + ", not a weekend day to make up");
            }
            if (holidays.containsKey(date)) {
                throw invalid(what + " " + date + " is also holiday " + holidays.get(date));
            }
            if (!adjusted.add(date)) {
                throw invalid(what + " " + date + " is listed twice");
            }
        }
        return new WorkingCalendar(id, holidays.keySet(), adjusted);
    }

    private RuleSet ruleSet(LegalClockFile.RuleSetEntry entry, Map<String, WorkingCalendar> calendars) {
        String version = required(entry.version(), () -> "a rule set has no version");
        if (version.contains("@")) {
            throw invalid("rule set version '" + version + "' contains '@', which separates rule id and version in references");
        }
        String what = "rule set " + version;
        LocalDate effectiveFrom = date(entry.effectiveFrom(), what + ", effectiveFrom");
        ZoneId zone = zone(entry.timeZone(), what);
        String calendarId = required(entry.calendar(), () -> what + " has no calendar");
        WorkingCalendar calendar = calendars.get(calendarId);
        if (calendar == null) {
            throw invalid(what + " names calendar " + calendarId + ", which is not in the calendars list");
        }
        List<LegalClockFile.RuleEntry> ruleEntries = listOrEmpty(entry.rules());
        if (ruleEntries.isEmpty()) {
            throw invalid(what + " has no rules");
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, String> governed = new HashMap<>();
        for (LegalClockFile.RuleEntry ruleEntry : ruleEntries) {
            Rule rule = rule(ruleEntry, version);
            if (!ids.add(rule.id())) {
                throw invalid(what + " has two rules with id " + rule.id());
            }
            String key = rule.kind() + (rule.decisionPeriod() == null ? "" : " " + rule.decisionPeriod());
            String previous = governed.putIfAbsent(key, rule.id());
            if (previous != null) {
                throw invalid(what + ": rules " + previous + " and " + rule.id() + " both govern " + key);
            }
            rules.add(rule);
        }
        return new RuleSet(version, effectiveFrom, new CalendarPolicy(zone, calendar), rules);
    }

    private Rule rule(LegalClockFile.RuleEntry entry, String version) {
        String id = required(entry.id(), () -> "rule set " + version + ": a rule has no id");
        String what = "rule " + id + "@" + version;
        DeadlineKind kind = enumValue(DeadlineKind.class, entry.kind(), what + ", kind");
        if (kind == DeadlineKind.UNKNOWN) {
            throw invalid(what + " governs UNKNOWN, which is the contracts' fallback, not a deadline");
        }
        DecisionPeriod decisionPeriod = entry.decisionPeriod() == null
                ? null : enumValue(DecisionPeriod.class, entry.decisionPeriod(), what + ", decisionPeriod");
        if ((kind == DeadlineKind.DECISION) != (decisionPeriod != null)) {
            throw invalid(what + ": a decisionPeriod is required for DECISION rules and not allowed for others");
        }
        if (entry.amount() == null || entry.amount() < 1) {
            throw invalid(what + " needs a positive amount, not " + entry.amount());
        }
        ClockUnit unit = enumValue(ClockUnit.class, entry.unit(), what + ", unit");
        WarningLead warnBefore = warningLead(entry.warnBefore(), what);
        return new Rule(id, version, kind, decisionPeriod, entry.amount(), unit, warnBefore,
                Boolean.TRUE.equals(entry.pausable()), Boolean.TRUE.equals(entry.approverRequired()));
    }

    private WarningLead warningLead(String text, String what) {
        String lead = required(text, () -> what + " has no warnBefore");
        try {
            return lead.endsWith("%")
                    ? new WarningLead.Percent(Integer.parseInt(lead.substring(0, lead.length() - 1).trim()))
                    : new WarningLead.Fixed(Duration.parse(lead));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw invalid(what + ", warnBefore '" + lead + "' is neither a share like 25% nor an ISO-8601 duration like PT6H: "
                    + e.getMessage());
        }
    }

    private ZoneId zone(String text, String what) {
        String zone = required(text, () -> what + " has no timeZone");
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw invalid(what + ", timeZone '" + zone + "' is not a time zone id like Asia/Shanghai");
        }
    }

    private LocalDate date(String text, String what) {
        String date = required(text, () -> what + " is missing");
        try {
            return LocalDate.parse(date);
        } catch (DateTimeException e) {
            throw invalid(what + " '" + date + "' is not a date like 2026-10-01");
        }
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String text, String what) {
        String name = required(text, () -> what + " is missing");
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw invalid(what + " '" + name + "' is unknown; known: " + Stream.of(type.getEnumConstants()).toList());
        }
    }

    private String required(String text, Supplier<String> problem) {
        if (text == null || text.isBlank()) {
            throw invalid(problem.get());
        }
        return text;
    }

    private LegalClockConfigException invalid(String detail) {
        return new LegalClockConfigException("legal clock " + source + ": " + detail);
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
