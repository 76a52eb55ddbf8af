package org.casebridge.node.referral.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.casebridge.rules.testing.SampleEvents.BAOTOU_COURT;
import static org.casebridge.rules.testing.SampleEvents.BAOTOU_FORESTRY;
import static org.casebridge.rules.testing.SampleEvents.KUNDULUN_POLICE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.AgencyType;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.common.OfficerRef;
import org.casebridge.contracts.referral.CaseFiled;
import org.casebridge.contracts.referral.CaseSubmittedForTrial;
import org.casebridge.contracts.referral.Deadline;
import org.casebridge.contracts.referral.DeadlineBreached;
import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.DeadlineWarning;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.casebridge.contracts.referral.ReceiptSigned;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.contracts.referral.ReferralWithdrawn;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.security.Caller;
import org.casebridge.platform.security.Role;
import org.casebridge.platform.testing.ProjectionDatabase;
import org.casebridge.platform.testing.SignedEvents;
import org.casebridge.platform.web.NotFoundException;
import org.casebridge.projections.testing.AppliedReferrals;
import org.casebridge.rules.referral.ReferralStatus;
import org.casebridge.rules.testing.SampleEvents;
import org.casebridge.rules.visibility.VisibilityPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three lists, paged, filtered and sorted by the database (H2 and PostgreSQL), against a fixed "now":
 * Sunday 15 March 2026, 08:00 in Shanghai.
 */
class ReferralListQueryTest {

    private static final Instant NOW = Instant.parse("2026-03-15T00:00:00Z");
    private static final AgencyRef BAOTOU_NATURAL_RESOURCES = agency(AgencyType.NATURAL_RESOURCES, "150200");
    private static final Caller FORESTRY = caller("zhang.xiaoming", BAOTOU_FORESTRY);
    private static final Caller POLICE = caller("wang.jianguo", KUNDULUN_POLICE);
    private static final Caller COURT = caller("sun.li", BAOTOU_COURT);
    private static final Caller NAMED_POLICE = caller("li.wei", KUNDULUN_POLICE);
    private static final Caller NAMED_FORESTRY = caller("zhao.lei", BAOTOU_FORESTRY);
    private static final Caller PROCURATOR = caller("zhou.jian", agency(AgencyType.PROCURATORATE, "150200"));
    private static final Caller OTHER_PROCURATOR = caller("ma.li", agency(AgencyType.PROCURATORATE, "150800"));

    private final SignedEvents events = new SignedEvents();
    private AppliedReferrals applied;
    private ReferralQueries queries;

    private void open(ProjectionDatabase.Kind kind) {
        applied = AppliedReferrals.open(kind, "police-service");
        queries = new ReferralQueries(applied.projection(), new VisibilityPolicy(),
                new Supervisors(AgencyDirectory.bundled()), applied.database().jdbc(), JsonMapper.builder().build(),
                Clock.fixed(NOW, ZoneOffset.UTC));
        // A: waits on its receipt since 3 March (overdue).
        submit("RF-A", "2026-03-02T01:30:00Z", BAOTOU_FORESTRY, HandlingCode.H1);
        // B: received 10 March, the 3-day decision was due 13 March (overdue).
        submit("RF-B", "2026-03-10T01:30:00Z", BAOTOU_FORESTRY, HandlingCode.H2);
        deliver(ReceiptSigned.newBuilder().setMeta(meta("RF-B", KUNDULUN_POLICE, "2026-03-10T02:30:00Z"))
                .setReceiptNumber("包公昆回〔2026〕1号").build());
        // C: submitted 14 March, receipt due 15 March 09:30 (not yet).
        submit("RF-C", "2026-03-14T01:30:00Z", BAOTOU_FORESTRY, HandlingCode.H0);
        // D: restricted to two named officers, neither of them FORESTRY's or POLICE's caller.
        submit("RF-D", "2026-03-05T01:30:00Z", BAOTOU_FORESTRY, HandlingCode.H3,
                officer(NAMED_POLICE), officer(NAMED_FORESTRY));
        // E: withdrawn, waits on nothing.
        submit("RF-E", "2026-03-04T01:30:00Z", BAOTOU_FORESTRY, HandlingCode.H1);
        deliver(ReferralWithdrawn.newBuilder().setMeta(meta("RF-E", BAOTOU_FORESTRY, "2026-03-04T02:30:00Z"))
                .setReason("当事人主动补植").build());
        // F: another sender, same police unit.
        submit("RF-F", "2026-03-11T01:30:00Z", BAOTOU_NATURAL_RESOURCES, HandlingCode.H1);
        // G: filed and submitted for trial to the Baotou court; the evidence handover was due 6 March.
        submit("RF-G", "2026-03-02T01:30:00Z", BAOTOU_FORESTRY, HandlingCode.H1);
        deliver(ReceiptSigned.newBuilder().setMeta(meta("RF-G", KUNDULUN_POLICE, "2026-03-02T02:00:00Z"))
                .setReceiptNumber("包公昆回〔2026〕2号").build());
        deliver(CaseFiled.newBuilder().setMeta(meta("RF-G", KUNDULUN_POLICE, "2026-03-03T02:00:00Z"))
                .setFilingDecisionNumber("包公昆立字〔2026〕7号").setDecisionPeriod(DecisionPeriod.DAYS_3).build());
        deliver(CaseSubmittedForTrial.newBuilder().setMeta(meta("RF-G", KUNDULUN_POLICE, "2026-03-12T02:00:00Z"))
                .setCourt(BAOTOU_COURT).setIndictmentNumber("包昆检诉〔2026〕3号").build());
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void listsWhatTheAgencySentOverdueFirstThenByDueDateAndPagesWithTheRightTotal(ProjectionDatabase.Kind kind) {
        open(kind);

        ReferralPage first = queries.list(FORESTRY, request(null, null, null, null, 0, 3));
        ReferralPage second = queries.list(FORESTRY, request(null, null, null, null, 1, 3));

        // G's evidence (6 March) and A's receipt (3 March) are overdue, B's decision (13 March) too; C due later.
        assertThat(ids(first)).containsExactly("RF-A", "RF-G", "RF-B");
        assertThat(ids(second)).containsExactly("RF-C", "RF-E");
        assertThat(first.totalElements()).isEqualTo(5);
        assertThat(second.totalElements()).isEqualTo(5);
        assertThat(first.items()).allMatch(ReferralSummary::overdue);
        assertThat(second.items().get(0).nextDue().kind()).isEqualTo(DeadlineKind.RECEIPT);
        assertThat(second.items().get(0).overdue()).isFalse();
        assertThat(second.items().get(1).nextDue()).isNull();
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void filtersByStatusOverdueAndSubmissionDates(ProjectionDatabase.Kind kind) {
        open(kind);

        assertThat(ids(queries.list(FORESTRY, request(List.of(ReferralStatus.SUBMITTED), null, null, null, 0, 20))))
                .containsExactly("RF-A", "RF-C");
        assertThat(ids(queries.list(FORESTRY, request(List.of(ReferralStatus.SUBMITTED, ReferralStatus.WITHDRAWN),
                null, null, null, 0, 20)))).containsExactly("RF-A", "RF-C", "RF-E");
        assertThat(ids(queries.list(FORESTRY, request(List.of(), true, null, null, 0, 20))))
                .containsExactly("RF-A", "RF-G", "RF-B");
        assertThat(ids(queries.list(FORESTRY, request(List.of(), false, null, null, 0, 20))))
                .containsExactly("RF-C", "RF-E");
        // Dates are days in China: 4 to 10 March inclusive.
        ReferralPage dated = queries.list(FORESTRY, request(List.of(), null, LocalDate.of(2026, 3, 4),
                LocalDate.of(2026, 3, 10), 0, 20));
        assertThat(ids(dated)).containsExactly("RF-B", "RF-E");
        assertThat(dated.totalElements()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void thePoliceInboxHoldsWhatIsAddressedToTheUnitWithTheLongerDecisionPeriodsBesideTheThreeDayOne(
            ProjectionDatabase.Kind kind) {
        open(kind);

        ReferralPage inbox = queries.list(POLICE, ReferralListRequest.firstPage());

        // F's receipt was due 12 March.
        assertThat(ids(inbox)).containsExactly("RF-A", "RF-G", "RF-F", "RF-B", "RF-C", "RF-E");
        ReferralSummary received = inbox.items().get(3);
        assertThat(received.nextDue().decisionPeriod()).isEqualTo(DecisionPeriod.DAYS_3);
        assertThat(received.nextDue().responsible()).isEqualTo("POLICE:150203");
        assertThat(received.extendedDecision()).extracting(NextDue::decisionPeriod)
                .containsExactly(DecisionPeriod.DAYS_7, DecisionPeriod.DAYS_30);
        assertThat(received.extendedDecision()).extracting(NextDue::dueAt).containsExactly(
                Instant.parse("2026-03-17T15:59:59.999Z"), Instant.parse("2026-04-09T15:59:59.999Z"));
        assertThat(received.extendedDecision()).noneMatch(NextDue::overdue);
        assertThat(inbox.items().get(0).extendedDecision()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void theCourtInboxHoldsTheCasesSubmittedToItForTrial(ProjectionDatabase.Kind kind) {
        open(kind);

        ReferralPage inbox = queries.list(COURT, ReferralListRequest.firstPage());

        assertThat(ids(inbox)).containsExactly("RF-G");
        assertThat(inbox.items().get(0).court()).isEqualTo("COURT:150200");
        assertThat(inbox.items().get(0).status()).isEqualTo(ReferralStatus.SUBMITTED_FOR_TRIAL);
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void filtersByReceivingUnitDivisionAndTheKindOfTheNextDeadline(ProjectionDatabase.Kind kind) {
        open(kind);

        assertThat(ids(queries.list(PROCURATOR, filtered("POLICE:150203", null, null)))).hasSize(5);
        assertThat(queries.list(PROCURATOR, filtered("POLICE:150200", null, null)).totalElements()).isZero();
        assertThat(ids(queries.list(PROCURATOR, filtered(null, "1502", null)))).hasSize(5);
        assertThat(ids(queries.list(PROCURATOR, filtered(null, "150203", null)))).hasSize(5);
        assertThat(queries.list(PROCURATOR, filtered(null, "1508", null)).totalElements()).isZero();
        assertThat(ids(queries.list(PROCURATOR, filtered(null, null, DeadlineKind.RECEIPT))))
                .containsExactly("RF-A", "RF-F", "RF-C");
        assertThat(ids(queries.list(PROCURATOR, filtered(null, null, DeadlineKind.EVIDENCE_HANDOVER))))
                .containsExactly("RF-G");
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void theProcuratorateHoldsACopyOfTheOpenAndSupervisedReferralsOfItsJurisdiction(ProjectionDatabase.Kind kind) {
        open(kind);

        // Kundulun's police are Baotou's: every H0 and H1 referral they received, not the H2 one (B), not the H3 one.
        assertThat(ids(queries.list(PROCURATOR, ReferralListRequest.firstPage())))
                .containsExactly("RF-A", "RF-G", "RF-F", "RF-C", "RF-E");
        assertThat(queries.get(PROCURATOR, "RF-A").parties().findValues("idNumber"))
                .as("a supervisor sees the parties' personal data").isNotEmpty();
        assertThatThrownBy(() -> queries.get(PROCURATOR, "RF-B")).isInstanceOf(NotFoundException.class);
        assertThat(queries.list(OTHER_PROCURATOR, ReferralListRequest.firstPage()).totalElements()).isZero();
        assertThatThrownBy(() -> queries.get(OTHER_PROCURATOR, "RF-A")).isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void listsOnlyWhatTheCallerMaySeeAsTheDetailDoes(ProjectionDatabase.Kind kind) {
        open(kind);

        for (Caller caller : List.of(FORESTRY, POLICE, COURT, PROCURATOR)) {
            for (String id : ids(queries.list(caller, ReferralListRequest.firstPage()))) {
                assertThat(queries.get(caller, id).summary().referralId()).isEqualTo(id);
            }
        }
        assertThatThrownBy(() -> queries.get(FORESTRY, "RF-D")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queries.get(POLICE, "RF-D")).isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void listsARestrictedReferralToItsNamedOfficersOnly(ProjectionDatabase.Kind kind) {
        open(kind);

        assertThat(ids(queries.list(NAMED_POLICE, ReferralListRequest.firstPage()))).contains("RF-D");
        assertThat(ids(queries.list(NAMED_FORESTRY, ReferralListRequest.firstPage()))).contains("RF-D");
        assertThat(queries.list(NAMED_FORESTRY, ReferralListRequest.firstPage()).totalElements())
                .isEqualTo(queries.list(FORESTRY, ReferralListRequest.firstPage()).totalElements() + 1);
        assertThat(ids(queries.list(POLICE, ReferralListRequest.firstPage()))).doesNotContain("RF-D");
        assertThat(queries.get(NAMED_POLICE, "RF-D").summary().handlingCode()).isEqualTo(HandlingCode.H3);
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void theDetailShowsEveryClockAndTheTimelineTheVerdictOfEachAct(ProjectionDatabase.Kind kind) {
        open(kind);

        ReferralDetail detail = queries.get(FORESTRY, "RF-G");

        assertThat(detail.deadlines()).extracting(DeadlineView::kind).containsExactly(DeadlineKind.RECEIPT,
                DeadlineKind.DECISION, DeadlineKind.EVIDENCE_HANDOVER);
        assertThat(detail.summary().nextDue().kind()).isEqualTo(DeadlineKind.EVIDENCE_HANDOVER);
        assertThat(detail.summary().overdue()).isTrue();
        ReferralDetail.TimelineItem filing = detail.timeline().get(2);
        assertThat(filing.eventType()).isEqualTo("CaseFiled");
        assertThat(filing.deadlines()).singleElement().satisfies(decision -> {
            assertThat(decision.rule()).isEqualTo("decision-3d@decree-310-2020");
            assertThat(decision.status().name()).isEqualTo("MET");
        });
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void theLegalClocksSignalsAreFlaggedInListsAndABreachEntersTheSupervisionQueue(ProjectionDatabase.Kind kind) {
        open(kind);
        // A's receipt was due 3 March 09:30 in Shanghai; C's is due 15 March 09:30 and warns from 14 March 03:30.
        signal(true, "RF-A", "2026-03-03T01:30:00Z", "2026-03-03T01:30:01Z");
        signal(false, "RF-C", "2026-03-15T01:30:00Z", "2026-03-14T20:00:00Z");

        ReferralPage sent = queries.list(FORESTRY, ReferralListRequest.firstPage());

        assertThat(sent.items()).extracting(ReferralSummary::referralId, ReferralSummary::signalled)
                .containsExactly(tuple("RF-A", "BREACHED"), tuple("RF-G", null), tuple("RF-B", null),
                        tuple("RF-C", "WARNING"), tuple("RF-E", null));
        assertThat(ids(queries.list(FORESTRY, breached(true)))).containsExactly("RF-A");
        assertThat(ids(queries.list(FORESTRY, breached(false)))).containsExactly("RF-G", "RF-B", "RF-C", "RF-E");
        assertThat(ids(queries.queue(PROCURATOR, ReferralListRequest.firstPage(),
                List.of(ReferralStatus.SUPERVISION_REQUESTED)))).containsExactly("RF-A");
        assertThat(ids(queries.queue(PROCURATOR, request(List.of(ReferralStatus.SUBMITTED), null, null, null, 0, 20),
                List.of(ReferralStatus.SUPERVISION_REQUESTED)))).containsExactly("RF-A", "RF-F", "RF-C");
        ReferralDetail detail = queries.get(POLICE, "RF-A");
        assertThat(detail.summary().signalled()).isEqualTo("BREACHED");
        assertThat(detail.timeline()).extracting(ReferralDetail.TimelineItem::eventType,
                        ReferralDetail.TimelineItem::sequence, ReferralDetail.TimelineItem::verdict)
                .containsExactly(tuple("ReferralSubmitted", 1L, "ACCEPTED"), tuple("DeadlineBreached", 0L, "ACCEPTED"));
        assertThat(applied.projection().find("RF-A").orElseThrow().head().sequence()).isEqualTo(1);
    }

    /** The Baotou procuratorate's monitor signals A's or C's receipt clock, beside the chain. */
    private void signal(boolean breach, String id, String dueAt, String givenAt) {
        EventMeta meta = meta(id, agency(AgencyType.PROCURATORATE, "150200"), givenAt);
        meta.setEventId(UUID.randomUUID());
        Deadline deadline = Deadline.newBuilder().setKind(DeadlineKind.RECEIPT).setDueAt(Instant.parse(dueAt))
                .setResponsible(KUNDULUN_POLICE).setRule("receipt-24h@decree-310-2020").build();
        applied.deliver(events.asIs(breach ? new DeadlineBreached(meta, deadline) : new DeadlineWarning(meta, deadline)));
    }

    private static ReferralListRequest breached(boolean breached) {
        return new ReferralListRequest(null, null, null, null, null, null, null, breached, 0, 20);
    }

    private static ReferralListRequest request(List<ReferralStatus> status, Boolean overdue, LocalDate from,
                                               LocalDate to, int page, int size) {
        return new ReferralListRequest(status, overdue, from, to, null, null, null, null, page, size);
    }

    private static ReferralListRequest filtered(String receiver, String division, DeadlineKind dueKind) {
        return new ReferralListRequest(null, null, null, null, receiver, division, dueKind, null, 0, 20);
    }

    private static List<String> ids(ReferralPage page) {
        return page.items().stream().map(ReferralSummary::referralId).toList();
    }

    private void submit(String id, String at, AgencyRef sender, HandlingCode code, OfficerRef... namedOfficers) {
        ReferralSubmitted submitted = SampleEvents.referralSubmitted(id);
        submitted.setMeta(meta(id, sender, at));
        submitted.getMeta().setHandlingCode(code);
        submitted.setSender(sender);
        submitted.setNamedOfficers(List.of(namedOfficers));
        deliver(submitted);
    }

    private static OfficerRef officer(Caller caller) {
        return OfficerRef.newBuilder().setUnit(caller.unit()).setUsername(caller.username()).build();
    }

    private void deliver(SpecificRecord event) {
        applied.deliver(events.next(event));
    }

    private static EventMeta meta(String id, AgencyRef acting, String at) {
        EventMeta meta = SampleEvents.meta(id, 0, acting);
        meta.setOccurredAt(Instant.parse(at));
        return meta;
    }

    private static Caller caller(String username, AgencyRef unit) {
        return new Caller(username, username, unit, Set.of(Role.OFFICER));
    }

    private static AgencyRef agency(AgencyType type, String code) {
        return AgencyRef.newBuilder().setType(type).setDivisionCode(code).build();
    }
}
