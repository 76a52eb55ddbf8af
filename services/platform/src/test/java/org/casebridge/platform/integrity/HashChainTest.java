package org.casebridge.platform.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.platform.integrity.ChainVerdict.ACCEPTED;
import static org.casebridge.platform.integrity.ChainVerdict.BESIDE;
import static org.casebridge.platform.integrity.ChainVerdict.CONFLICT;
import static org.casebridge.platform.integrity.ChainVerdict.DUPLICATE;
import static org.casebridge.platform.integrity.ChainVerdict.GAP;
import static org.casebridge.platform.integrity.TestEvents.BAOTOU_FORESTRY;
import static org.casebridge.platform.integrity.TestEvents.BAOTOU_PROCURATORATE;
import static org.casebridge.platform.integrity.TestEvents.KUNDULUN_POLICE;
import static org.casebridge.platform.integrity.TestEvents.caseFiled;
import static org.casebridge.platform.integrity.TestEvents.deadlineWarning;
import static org.casebridge.platform.integrity.TestEvents.meta;
import static org.casebridge.platform.integrity.TestEvents.referralSubmitted;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashChainTest {

    private static final String H1 = "1a".repeat(32);
    private static final String H2 = "2b".repeat(32);
    private static final String H3 = "3c".repeat(32);
    private static final ChainHead AFTER_FIRST = new ChainHead(1, H1);
    private static final ChainHead AFTER_SECOND = new ChainHead(2, H2);

    @Test
    void acceptsFirstEventOfACaseAndMovesTheHeadToIt() {
        ChainDecision decision = HashChain.check(ChainHead.EMPTY, 1, null, H1, false);

        assertThat(decision.verdict()).isEqualTo(ACCEPTED);
        assertThat(decision.accepted()).isTrue();
        assertThat(decision.head()).isEqualTo(AFTER_FIRST);
    }

    @Test
    void acceptsEventThatStatesTheCurrentHead() {
        assertThat(HashChain.check(AFTER_FIRST, 2, H1, H2, false))
                .isEqualTo(new ChainDecision(ACCEPTED, AFTER_SECOND));
    }

    @Test
    void rejectsFirstEventThatClaimsAPredecessorAsConflict() {
        assertThat(HashChain.check(ChainHead.EMPTY, 1, H3, H1, false))
                .isEqualTo(new ChainDecision(CONFLICT, ChainHead.EMPTY));
    }

    @Test
    void reportsStalePreviousHashAsConflictAndKeepsTheHead() {
        // Two writers both saw the first event; the second one to arrive is stale.
        assertThat(HashChain.check(AFTER_SECOND, 2, H1, H3, false))
                .isEqualTo(new ChainDecision(CONFLICT, AFTER_SECOND));
    }

    @Test
    void reportsEventBuiltOnAnotherBranchAsConflict() {
        assertThat(HashChain.check(AFTER_SECOND, 3, H3, "4d".repeat(32), false).verdict()).isEqualTo(CONFLICT);
    }

    @Test
    void reportsSkippedSequenceAsGap() {
        assertThat(HashChain.check(AFTER_FIRST, 3, H2, H3, false))
                .isEqualTo(new ChainDecision(GAP, AFTER_FIRST));
    }

    @Test
    void reportsKnownEventIdAsDuplicateEvenWhenItWouldFit() {
        assertThat(HashChain.check(AFTER_FIRST, 2, H1, H2, true))
                .isEqualTo(new ChainDecision(DUPLICATE, AFTER_FIRST));
    }

    @Test
    void acceptsAWarningBesideTheChainAndLeavesTheHeadForTheNextCommand(@TempDir Path keysDir) {
        TestAgencies agencies = new TestAgencies(keysDir);
        VerifiedEvent first = agencies.send("FORESTRY:150200",
                referralSubmitted(meta(BAOTOU_FORESTRY, 1, null))).receive(agencies);
        ChainHead head = HashChain.check(ChainHead.EMPTY, first, false).head();
        VerifiedEvent warning = agencies.send("PROCURATORATE:150200",
                deadlineWarning(meta(BAOTOU_PROCURATORATE, 0, null))).receive(agencies);
        // The police decided on the head from before the warning.
        VerifiedEvent filed = agencies.send("POLICE:150203",
                caseFiled(meta(KUNDULUN_POLICE, 2, first.eventHash()))).receive(agencies);

        ChainDecision beside = HashChain.check(head, warning, false);
        assertThat(beside).isEqualTo(new ChainDecision(BESIDE, head));
        assertThat(beside.accepted()).isTrue();
        assertThat(HashChain.check(beside.head(), filed, false).verdict()).isEqualTo(ACCEPTED);
    }

    @Test
    void refusesAWarningThatClaimsAPlaceOnTheChainAndAChainedEventThatClaimsNone(@TempDir Path keysDir) {
        TestAgencies agencies = new TestAgencies(keysDir);
        VerifiedEvent first = agencies.send("FORESTRY:150200",
                referralSubmitted(meta(BAOTOU_FORESTRY, 1, null))).receive(agencies);
        ChainHead head = HashChain.check(ChainHead.EMPTY, first, false).head();
        VerifiedEvent onTheChain = agencies.send("PROCURATORATE:150200",
                deadlineWarning(meta(BAOTOU_PROCURATORATE, 2, first.eventHash()))).receive(agencies);
        VerifiedEvent sequenceOnly = agencies.send("PROCURATORATE:150200",
                deadlineWarning(meta(BAOTOU_PROCURATORATE, 0, first.eventHash()))).receive(agencies);
        VerifiedEvent unplaced = agencies.send("POLICE:150203",
                caseFiled(meta(KUNDULUN_POLICE, 0, null))).receive(agencies);

        assertThat(HashChain.check(head, onTheChain, false)).isEqualTo(new ChainDecision(CONFLICT, head));
        assertThat(HashChain.check(head, sequenceOnly, false).verdict()).isEqualTo(CONFLICT);
        assertThat(HashChain.check(head, unplaced, false).verdict()).isEqualTo(CONFLICT);
        assertThat(HashChain.check(head, agencies.send("PROCURATORATE:150200",
                deadlineWarning(meta(BAOTOU_PROCURATORATE, 0, null))).receive(agencies), true).verdict())
                .isEqualTo(DUPLICATE);
    }

    @Test
    void replaysOfDroppedReorderedAndRedeliveredEventsReachTheSameVerdicts(@TempDir Path keysDir) {
        TestAgencies agencies = new TestAgencies(keysDir);
        VerifiedEvent first = agencies.send("FORESTRY:150200",
                referralSubmitted(meta(BAOTOU_FORESTRY, 1, null))).receive(agencies);
        VerifiedEvent second = agencies.send("POLICE:150203",
                caseFiled(meta(KUNDULUN_POLICE, 2, first.eventHash()))).receive(agencies);
        VerifiedEvent third = agencies.send("POLICE:150203",
                caseFiled(meta(KUNDULUN_POLICE, 3, second.eventHash()))).receive(agencies);
        VerifiedEvent staleRival = agencies.send("POLICE:150203",
                caseFiled(meta(KUNDULUN_POLICE, 2, first.eventHash()))).receive(agencies);
        List<VerifiedEvent> log = List.of(first, third, second, staleRival, third, second);
        List<ChainVerdict> expected = List.of(ACCEPTED, GAP, ACCEPTED, CONFLICT, ACCEPTED, DUPLICATE);

        assertThat(replay(log)).isEqualTo(expected);
        assertThat(replay(log)).isEqualTo(expected);
    }

    private static List<ChainVerdict> replay(List<VerifiedEvent> log) {
        ChainHead head = ChainHead.EMPTY;
        Set<UUID> applied = new HashSet<>();
        List<ChainVerdict> verdicts = new ArrayList<>();
        for (VerifiedEvent event : log) {
            ChainDecision decision = HashChain.check(head, event, applied.contains(event.meta().getEventId()));
            if (decision.accepted()) {
                applied.add(event.meta().getEventId());
            }
            head = decision.head();
            verdicts.add(decision.verdict());
        }
        return verdicts;
    }
}
