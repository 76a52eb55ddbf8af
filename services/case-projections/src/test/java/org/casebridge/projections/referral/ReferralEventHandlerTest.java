package org.casebridge.projections.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.rules.testing.SampleEvents.BAOTOU_COURT;
import static org.casebridge.rules.testing.SampleEvents.BAOTOU_FORESTRY;
import static org.casebridge.rules.testing.SampleEvents.KUNDULUN_POLICE;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.common.OfficerRef;
import org.casebridge.contracts.referral.CaseFiled;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.casebridge.contracts.referral.JudgmentIssued;
import org.casebridge.contracts.referral.ReceiptSigned;
import org.casebridge.contracts.referral.ReferralWithdrawn;
import org.casebridge.contracts.referral.Verdict;
import org.casebridge.platform.integrity.VerifiedEvent;
import org.casebridge.platform.projection.OffsetStore;
import org.casebridge.platform.projection.TransactionalApplier;
import org.casebridge.platform.testing.ProjectionDatabase;
import org.casebridge.platform.testing.SignedEvents;
import org.casebridge.rules.clock.LegalClock;
import org.casebridge.rules.referral.ReferralStatus;
import org.casebridge.rules.referral.deadline.ReferralDeadlines;
import org.casebridge.rules.testing.SampleEvents;
import org.casebridge.rules.visibility.NamedOfficer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.kafka.listener.ConsumerSeekAware.ConsumerSeekCallback;

/** The referral projection on H2 and on PostgreSQL: the same events give the same state on both. */
class ReferralEventHandlerTest {

    private static final String CASE = "RF-150203-2026-000321";
    private static final String GROUP = "police-service";

    private final SignedEvents events = new SignedEvents();
    private final List<ConsumerRecord<String, VerifiedEvent>> log = new ArrayList<>();
    private ReferralProjection projection;
    private OffsetStore offsets;
    private TransactionalApplier<VerifiedEvent> applier;

    private void open(ProjectionDatabase.Kind kind) {
        ProjectionDatabase database = ProjectionDatabase.createOrSkip(kind);
        projection = new ReferralProjection(database.jdbc());
        offsets = new OffsetStore(database.jdbc());
        applier = new TransactionalApplier<>(GROUP, offsets, database.transactions(), new ReferralEventHandler(projection));
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void appliesAReferralThroughFilingWithChineseTextIntact(ProjectionDatabase.Kind kind) {
        open(kind);

        deliver(events.next(SampleEvents.referralSubmitted(CASE)));
        deliver(events.next(receipt()));
        deliver(events.next(filed()));

        StoredReferral stored = projection.find(CASE).orElseThrow();
        assertThat(stored.state().status()).isEqualTo(ReferralStatus.FILED);
        assertThat(stored.state().receiver()).isEqualTo(KUNDULUN_POLICE);
        assertThat(stored.head().sequence()).isEqualTo(3);
        assertThat(stored.head().hash()).isEqualTo(log.get(2).value().eventHash());
        List<TimelineEntry> timeline = projection.timeline(CASE);
        assertThat(timeline).extracting(TimelineEntry::eventType)
                .containsExactly("ReferralSubmitted", "ReceiptSigned", "CaseFiled");
        assertThat(timeline).allMatch(TimelineEntry::accepted);
        assertThat(timeline.get(0).officer()).isEqualTo("张晓明");
        assertThat(timeline.get(0).payload()).contains(SampleEvents.LOCATION_TEXT);
        assertThat(offsets.nextOffset(GROUP, "referrals", 0)).isEqualTo(3);
        // Each event's clocks were read from its record as applied; derived again from the stored texts, the same.
        assertThat(projection.deadlines(CASE)).isNotEmpty()
                .isEqualTo(new ReferralDeadlines(LegalClock.bundled()).track(projection.clockEvents(CASE)));
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void aRedeliveredRecordHasNoSecondEffect(ProjectionDatabase.Kind kind) {
        open(kind);
        deliver(events.next(SampleEvents.referralSubmitted(CASE)));
        deliver(events.next(receipt()));

        applier.onMessage(List.of(log.get(1)));
        applier.onMessage(List.of(new ConsumerRecord<>("referrals", 0, 99, CASE, log.get(1).value())));

        assertThat(projection.timeline(CASE)).hasSize(2);
        assertThat(projection.find(CASE).orElseThrow().head().sequence()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void aWithdrawalRacingAFilingLosesAndChangesNothing(ProjectionDatabase.Kind kind) {
        open(kind);
        deliver(events.next(SampleEvents.referralSubmitted(CASE)));
        VerifiedEvent received = events.next(receipt());
        deliver(received);

        // Both writers saw the referral right after the receipt; the log orders the filing first.
        deliver(events.next(filed()));
        events.rewind(CASE, received);
        deliver(events.next(ReferralWithdrawn.newBuilder().setMeta(meta(BAOTOU_FORESTRY)).setReason("撤回").build()));

        assertThat(projection.find(CASE).orElseThrow().state().status()).isEqualTo(ReferralStatus.FILED);
        assertThat(projection.timeline(CASE)).extracting(TimelineEntry::verdict)
                .containsExactly("ACCEPTED", "ACCEPTED", "ACCEPTED", "CONFLICT");
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void recordsAnIllegalTransitionWithoutMovingTheChain(ProjectionDatabase.Kind kind) {
        open(kind);
        deliver(events.next(SampleEvents.referralSubmitted(CASE)));

        deliver(events.next(JudgmentIssued.newBuilder().setMeta(meta(BAOTOU_COURT)).setJudgmentNumber("（2026）内02刑初1号")
                .setVerdict(Verdict.GUILTY).setIssuedOn(LocalDate.of(2026, 5, 1)).build()));

        TimelineEntry judgment = projection.timeline(CASE).get(1);
        assertThat(judgment.verdict()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(judgment.reason()).contains("JudgmentIssued", "SUBMITTED");
        assertThat(projection.find(CASE).orElseThrow().head().sequence()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void recordsAGapWhenAnEventIsMissing(ProjectionDatabase.Kind kind) {
        open(kind);
        deliver(events.next(SampleEvents.referralSubmitted(CASE)));
        events.next(receipt());

        deliver(events.next(filed()));

        assertThat(projection.timeline(CASE).get(1).verdict()).isEqualTo("GAP");
        assertThat(projection.find(CASE).orElseThrow().state().status()).isEqualTo(ReferralStatus.SUBMITTED);
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void replayingTheLogIntoAnEmptyProjectionGivesTheSameState(ProjectionDatabase.Kind kind) {
        open(kind);
        deliver(events.next(SampleEvents.referralSubmitted(CASE)));
        deliver(events.next(receipt()));
        events.rewind(CASE, log.get(0).value());
        deliver(events.next(ReferralWithdrawn.newBuilder().setMeta(meta(BAOTOU_FORESTRY)).setReason("撤回").build()));
        deliver(events.next(filed()));
        StoredReferral live = projection.find(CASE).orElseThrow();
        List<TimelineEntry> liveTimeline = projection.timeline(CASE);

        projection.clear();
        offsets.clear(GROUP);
        applier.onMessage(log);

        assertThat(projection.find(CASE).orElseThrow()).isEqualTo(live);
        assertThat(projection.timeline(CASE)).isEqualTo(liveTimeline);
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void keepsTheNamedOfficersOfARestrictedReferralThroughLaterEventsAndARebuild(ProjectionDatabase.Kind kind) {
        open(kind);
        var submitted = SampleEvents.referralSubmitted(CASE);
        submitted.getMeta().setHandlingCode(HandlingCode.H3);
        submitted.setNamedOfficers(List.of(new OfficerRef(KUNDULUN_POLICE, "li.wei"), new OfficerRef(BAOTOU_FORESTRY, "张晓明")));
        deliver(events.next(submitted));
        deliver(events.next(receipt()));

        List<NamedOfficer> named = projection.find(CASE).orElseThrow().state().namedOfficers();
        assertThat(named).containsExactlyInAnyOrder(new NamedOfficer(KUNDULUN_POLICE, "li.wei"),
                new NamedOfficer(BAOTOU_FORESTRY, "张晓明"));

        projection.clear();
        offsets.clear(GROUP);
        applier.onMessage(log);
        assertThat(projection.find(CASE).orElseThrow().state().namedOfficers()).isEqualTo(named);
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void seeksAssignedPartitionsToTheStoredOffsets(ProjectionDatabase.Kind kind) {
        open(kind);
        deliver(events.next(SampleEvents.referralSubmitted(CASE)));
        Map<TopicPartition, Long> seeks = new HashMap<>();

        applier.onPartitionsAssigned(Map.of(new TopicPartition("referrals", 0), 0L, new TopicPartition("referrals", 1), 0L),
                recording(seeks));

        assertThat(seeks).containsExactly(Map.entry(new TopicPartition("referrals", 0), 1L));
    }

    private void deliver(VerifiedEvent event) {
        ConsumerRecord<String, VerifiedEvent> record = new ConsumerRecord<>("referrals", 0, log.size(), CASE, event);
        log.add(record);
        applier.onMessage(List.of(record));
    }

    private static EventMeta meta(AgencyRef acting) {
        return SampleEvents.meta(CASE, 0, acting);
    }

    private static ReceiptSigned receipt() {
        return ReceiptSigned.newBuilder().setMeta(meta(KUNDULUN_POLICE)).setReceiptNumber("包公昆回〔2026〕9号").build();
    }

    private static CaseFiled filed() {
        return CaseFiled.newBuilder().setMeta(meta(KUNDULUN_POLICE)).setFilingDecisionNumber("包公昆立字〔2026〕51号")
                .setDecisionPeriod(DecisionPeriod.DAYS_3).build();
    }

    /** Records seeks; the applier uses no other method of the callback. */
    private static ConsumerSeekCallback recording(Map<TopicPartition, Long> seeks) {
        return (ConsumerSeekCallback) Proxy.newProxyInstance(ConsumerSeekCallback.class.getClassLoader(),
                new Class<?>[] {ConsumerSeekCallback.class}, (proxy, method, args) -> {
                    if (method.getName().equals("seek") && args.length == 3 && args[2] instanceof Long offset) {
                        seeks.put(new TopicPartition((String) args[0], (Integer) args[1]), offset);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
