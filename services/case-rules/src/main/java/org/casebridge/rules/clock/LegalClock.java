package org.casebridge.rules.clock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.DecisionPeriod;

/**
 * The legal deadlines of a case, from versioned configuration. A clock is evaluated under the rule set in force
 * when the event that starts it happened, so that an auditor replaying an old case gets the deadlines that applied
 * then, not today's. Immutable and thread-safe; "now" only enters through {@link Due#status}.
 */
public final class LegalClock {

    public static final String BUNDLED_RESOURCE = "casebridge/legal-clock.yml";

    private final NavigableMap<Instant, RuleSet> byEffectiveAt;

    LegalClock(Collection<RuleSet> ruleSets) {
        NavigableMap<Instant, RuleSet> sorted = new TreeMap<>();
        ruleSets.forEach(ruleSet -> sorted.put(ruleSet.effectiveAt(), ruleSet));
        this.byEffectiveAt = Collections.unmodifiableNavigableMap(sorted);
    }

    /** The configuration shipped in case-rules ({@value #BUNDLED_RESOURCE}). */
    public static LegalClock bundled() {
        try (InputStream in = LegalClock.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new LegalClockConfigException("classpath resource " + BUNDLED_RESOURCE + " is missing");
            }
            return read(in, "classpath:" + BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a legal-clock YAML file; the stream is not closed.
     *
     * @param source how to name the input in error messages, e.g. a file name
     * @throws LegalClockConfigException when the file is malformed, incomplete or ambiguous
     */
    public static LegalClock read(InputStream in, String source) {
        return LegalClockReader.read(in, source);
    }

    /** Every rule set, oldest first. */
    public List<RuleSet> ruleSets() {
        return List.copyOf(byEffectiveAt.values());
    }

    /**
     * The rule set whose effective instant is the latest not after {@code at}.
     *
     * @throws UnknownRuleException when {@code at} is before the earliest rule set takes effect
     */
    public RuleSet rulesInForceAt(Instant at) {
        Map.Entry<Instant, RuleSet> inForce = byEffectiveAt.floorEntry(at);
        if (inForce == null) {
            RuleSet earliest = byEffectiveAt.firstEntry().getValue();
            throw new UnknownRuleException("no rule set in force at " + at + ": the earliest, " + earliest.version()
                    + ", takes effect at " + earliest.effectiveAt());
        }
        return inForce.getValue();
    }

    /**
     * The deadline of a clock started at {@code start}, under the rules in force at {@code start}.
     *
     * @param decisionPeriod required for {@link DeadlineKind#DECISION}, null for every other kind
     * @param pauses         ordered, non-overlapping pauses (supplement requested → provided); only pausable
     *                       rules (the decision) accept them
     */
    public Due due(DeadlineKind kind, DecisionPeriod decisionPeriod, Instant start, List<Pause> pauses) {
        return rulesInForceAt(start).due(kind, decisionPeriod, start, pauses);
    }

    /** The deadline of a clock that neither has a decision period nor pauses. */
    public Due due(DeadlineKind kind, Instant start) {
        return due(kind, null, start, List.of());
    }
}
