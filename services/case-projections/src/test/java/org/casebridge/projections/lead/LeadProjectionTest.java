package org.casebridge.projections.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.rules.testing.LeadEvents.BAOTOU_FORESTRY;
import static org.casebridge.rules.testing.LeadEvents.BAOTOU_NATURAL_RESOURCES;
import static org.casebridge.rules.testing.LeadEvents.KUNDULUN_POLICE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casebridge.contracts.Topic;
import org.casebridge.contracts.lead.LeadConvertedToReferral;
import org.casebridge.contracts.lead.MatchBasis;
import org.casebridge.platform.directory.PersonalDataKey;
import org.casebridge.platform.integrity.VerifiedEvent;
import org.casebridge.platform.projection.CaseEvent;
import org.casebridge.platform.projection.CaseEventHandler;
import org.casebridge.platform.projection.OffsetStore;
import org.casebridge.platform.projection.TransactionalApplier;
import org.casebridge.platform.testing.ProjectionDatabase;
import org.casebridge.platform.testing.SignedEvents;
import org.casebridge.rules.lead.LeadLifecycle;
import org.casebridge.rules.lead.LeadState;
import org.casebridge.rules.lead.LeadStatus;
import org.casebridge.rules.testing.LeadEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lead projection on H2 and on PostgreSQL: the same events give the same state on both, and on a replay. */
class LeadProjectionTest {

    private static final String LEAD = "LD-150203-2026-000613";
    private static final String GROUP = "police-service";

    private final SignedEvents events = new SignedEvents();
    private final List<ConsumerRecord<String, VerifiedEvent>> log = new ArrayList<>();
    private static final PersonalDataKey KEY = PersonalDataKey.of("Y2FzZWJyaWRnZSB0ZXN0IGtleSwgbm90IGEgc2VjcmV0IQ==");
    private static final PersonalDataKey ROTATED = PersonalDataKey.of("YW5vdGhlciB0ZXN0IGtleSwgYWZ0ZXIgcm90YXRpb24h");

    private ProjectionDatabase database;
    private LeadProjection projection;
    private OffsetStore offsets;
    private TransactionalApplier<VerifiedEvent> applier;

    private void open(ProjectionDatabase.Kind kind) {
        database = ProjectionDatabase.createOrSkip(kind);
        projection = new LeadProjection(database.jdbc(), KEY);
        offsets = new OffsetStore(database.jdbc());
        applier = new TransactionalApplier<>(GROUP, offsets, database.transactions(),
                new CaseEventHandler<>(Topic.LEADS, projection, LeadLifecycle::judge, null));
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void appliesALeadToItsOutcomeWithChineseTextIntactAndListsItForBothSides(ProjectionDatabase.Kind kind) {
        open(kind);
        deliver(events.next(LeadEvents.notified(LEAD)));
        deliver(events.next(LeadEvents.acknowledged(LEAD, KUNDULUN_POLICE)));
        deliver(events.next(LeadEvents.investigation(LEAD, KUNDULUN_POLICE)));
        deliver(events.next(LeadEvents.filed(LEAD, KUNDULUN_POLICE, "包公昆立字〔2026〕71号")));

        LeadState state = projection.find(LEAD).orElseThrow().state();
        assertThat(state.status()).isEqualTo(LeadStatus.OUTCOME_REPORTED);
        assertThat(state.acknowledgedBy()).containsExactly(KUNDULUN_POLICE);
        assertThat(state.investigator()).isEqualTo(KUNDULUN_POLICE);
        List<CaseEvent> timeline = projection.timeline(LEAD);
        assertThat(timeline).extracting(CaseEvent::eventType).containsExactly("LeadNotified", "LeadAcknowledged",
                "LeadInvestigationStarted", "LeadOutcomeReported");
        assertThat(timeline).allMatch(CaseEvent::accepted);
        assertThat(timeline.get(0).payload()).contains(LeadEvents.DESCRIPTION);
        assertThat(timeline.get(3).payload()).contains("包公昆立字〔2026〕71号");
        assertThat(offsets.nextOffset(GROUP, "leads", 0)).isEqualTo(4);

        assertThat(projection.page("FORESTRY:150200", LeadBox.SENT, null, 0, 10)).containsExactly(LEAD);
        assertThat(projection.page("POLICE:150203", LeadBox.RECEIVED, LeadStatus.OUTCOME_REPORTED, 0, 10)).containsExactly(LEAD);
        assertThat(projection.count("POLICE:150203", LeadBox.RECEIVED, LeadStatus.NOTIFIED)).isZero();
        assertThat(projection.page("POLICE:150200", LeadBox.RECEIVED, null, 0, 10)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void recordsAnIllegalEventAndAStaleOneWithoutMovingTheLead(ProjectionDatabase.Kind kind) {
        open(kind);
        VerifiedEvent notified = events.next(LeadEvents.notified(LEAD));
        deliver(notified);
        deliver(events.next(LeadEvents.investigation(LEAD, KUNDULUN_POLICE)));
        events.rewind(LEAD, notified);
        deliver(events.next(LeadEvents.acknowledged(LEAD, KUNDULUN_POLICE)));
        // The forestry bureau converts the lead on the view from before the acknowledgement: stale.
        events.rewind(LEAD, notified);
        deliver(events.next(LeadConvertedToReferral.newBuilder().setMeta(LeadEvents.meta(LEAD, BAOTOU_FORESTRY, 40))
                .setReferralId("RF-150203-2026-000321").build()));

        assertThat(projection.timeline(LEAD)).extracting(CaseEvent::verdict)
                .containsExactly("ACCEPTED", "ILLEGAL_TRANSITION", "ACCEPTED", "CONFLICT");
        LeadState state = projection.find(LEAD).orElseThrow().state();
        assertThat(state.status()).isEqualTo(LeadStatus.ACKNOWLEDGED);
        assertThat(state.acknowledgedBy()).containsExactly(KUNDULUN_POLICE);
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void replayingTheLogIntoAnEmptyProjectionReachesTheSameState(ProjectionDatabase.Kind kind) {
        open(kind);
        deliver(events.next(LeadEvents.notified(LEAD)));
        deliver(events.next(LeadEvents.acknowledged(LEAD, KUNDULUN_POLICE)));
        deliver(events.next(LeadEvents.investigation(LEAD, BAOTOU_NATURAL_RESOURCES)));
        var before = projection.find(LEAD).orElseThrow();
        var timelineBefore = projection.timeline(LEAD);

        projection.clear();
        offsets.clear(GROUP);
        applier.onMessage(log);

        assertThat(projection.find(LEAD).orElseThrow()).isEqualTo(before);
        assertThat(projection.timeline(LEAD)).isEqualTo(timelineBefore);
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void findsTheEarliestLeadOfTheSamePatchOrSuspectWithinTheWindow(ProjectionDatabase.Kind kind) {
        open(kind);
        String first = "LD-150203-2026-000001";
        String samePatch = "LD-150203-2026-000002";
        String sameSuspect = "LD-150203-2026-000003";
        String unrelated = "LD-150203-2026-000004";
        deliver(events.next(LeadEvents.notified(first, BAOTOU_FORESTRY, List.of(KUNDULUN_POLICE), LeadEvents.PATCH,
                null, 0)));
        deliver(events.next(LeadEvents.notified(samePatch, BAOTOU_NATURAL_RESOURCES, List.of(KUNDULUN_POLICE),
                " 150203-2026-tb-0613 ", null, 10)));
        deliver(events.next(LeadEvents.notified(sameSuspect, BAOTOU_NATURAL_RESOURCES, List.of(KUNDULUN_POLICE),
                null, LeadEvents.SUSPECT_ID, 20)));
        deliver(events.next(LeadEvents.notified(unrelated, BAOTOU_NATURAL_RESOURCES, List.of(KUNDULUN_POLICE),
                "150203-2026-TB-0999", LeadEvents.SUSPECT_ID, 30)));
        var since = projection.notifiedAt(samePatch).orElseThrow().minus(Duration.ofDays(30));

        assertThat(projection.earliestMatch(samePatch, since)).contains(new LeadMatch(first, MatchBasis.PATCH));
        assertThat(projection.earliestMatch(first, since.minus(Duration.ofDays(1)))).isEmpty();
        assertThat(projection.earliestMatch(samePatch, projection.notifiedAt(samePatch).orElseThrow())).isEmpty();
        // The suspect lead names no patch and first names no suspect: nothing in common.
        assertThat(projection.earliestMatch(sameSuspect, since)).isEmpty();
        assertThat(projection.earliestMatch(unrelated, since)).contains(new LeadMatch(sameSuspect, MatchBasis.SUSPECT));
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void indexesSuspectsByKeyedHashOnlyAndReKeysOnAnotherKey(ProjectionDatabase.Kind kind) {
        open(kind);
        String first = "LD-150203-2026-000001";
        String later = "LD-150203-2026-000002";
        deliver(events.next(LeadEvents.notified(first, BAOTOU_FORESTRY, List.of(KUNDULUN_POLICE), null,
                LeadEvents.SUSPECT_ID, 0)));
        deliver(events.next(LeadEvents.notified(later, BAOTOU_NATURAL_RESOURCES, List.of(KUNDULUN_POLICE), null,
                " " + LeadEvents.SUSPECT_ID.toLowerCase(Locale.ROOT) + " ", 10)));

        assertThat(suspectIndex()).containsOnly(KEY.hash(LeadEvents.SUSPECT_ID))
                .noneMatch(value -> value.contains(LeadEvents.SUSPECT_ID.substring(6, 14)));

        LeadProjection rotated = new LeadProjection(database.jdbc(), ROTATED);
        rotated.rekey(database.transactions());
        rotated.rekey(database.transactions());

        assertThat(suspectIndex()).containsExactlyInAnyOrder(ROTATED.hash(LeadEvents.SUSPECT_ID),
                ROTATED.hash(LeadEvents.SUSPECT_ID));
        var since = rotated.notifiedAt(first).orElseThrow();
        assertThat(rotated.earliestMatch(later, since)).contains(new LeadMatch(first, MatchBasis.SUSPECT));
    }

    private List<String> suspectIndex() {
        return database.jdbc().sql("select id_hash from cb_lead_suspect").query(String.class).list();
    }

    private void deliver(VerifiedEvent event) {
        ConsumerRecord<String, VerifiedEvent> record =
                new ConsumerRecord<>("leads", 0, log.size(), event.meta().getCaseId(), event);
        log.add(record);
        applier.onMessage(List.of(record));
    }
}
