package org.casebridge.sender.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.platform.testing.ServiceRequests.get;
import static org.casebridge.platform.testing.ServiceRequests.json;
import static org.casebridge.platform.testing.ServiceRequests.key;
import static org.casebridge.platform.testing.ServiceRequests.post;
import static org.casebridge.rules.testing.SampleEvents.BAOTOU_COURT;
import static org.casebridge.rules.testing.SampleEvents.BAOTOU_FORESTRY;
import static org.casebridge.rules.testing.SampleEvents.KUNDULUN_POLICE;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.referral.CaseFiled;
import org.casebridge.contracts.referral.CaseNotFiled;
import org.casebridge.contracts.referral.CaseSubmittedForTrial;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.casebridge.contracts.referral.JudicialSuggestionIssued;
import org.casebridge.contracts.referral.NonFilingReason;
import org.casebridge.contracts.referral.ReceiptSigned;
import org.casebridge.contracts.referral.ReconsiderationRequested;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.contracts.referral.ReferralWithdrawn;
import org.casebridge.contracts.referral.SupplementProvided;
import org.casebridge.contracts.referral.SupplementRequested;
import org.casebridge.node.referral.query.ReferralListRequest;
import org.casebridge.node.referral.query.ReferralQueries;
import org.casebridge.node.referral.query.Supervisors;
import org.casebridge.platform.command.EventPublisher;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.projection.AppliedEvents;
import org.casebridge.platform.security.Caller;
import org.casebridge.platform.security.Role;
import org.casebridge.platform.testing.ApicurioRegistry;
import org.casebridge.platform.testing.ApicurioRegistryExtension;
import org.casebridge.platform.testing.ServiceContexts;
import org.casebridge.platform.testing.ServiceRequests;
import org.casebridge.platform.testing.SpringBootTestExchange;
import org.casebridge.projections.referral.ReferralProjection;
import org.casebridge.projections.referral.StoredReferral;
import org.casebridge.projections.referral.TimelineEntry;
import org.casebridge.projections.testing.AppliedCommands;
import org.casebridge.rules.testing.SampleEvents;
import org.casebridge.rules.visibility.VisibilityPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The projection's HTTP API of a forestry service on the real broker and registry: the list parameters, and the
 * rebuild through the admin endpoint, where the service's projection is emptied, replayed from the log by its own
 * consumer, and ends equal to the live one: every referral, its status, its deadlines, its timeline with every
 * verdict (a rejected event included), and the lists of each unit.
 */
@ExtendWith(ApicurioRegistryExtension.class)
@SpringBootTest(classes = ReferralProjectionApiIT.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.application.name=referral-projection-api-it",
                "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "spring.datasource.url=jdbc:h2:mem:referral-projection-api-it;DB_CLOSE_DELAY=-1",
                "casebridge.agency-type=FORESTRY",
                "casebridge.units=FORESTRY:150200,POLICE:150203,COURT:150200"})
@EmbeddedKafka(partitions = 3, topics = {"referrals", "referrals.dlt"})
@DirtiesContext
class ReferralProjectionApiIT {

    private static final String REBUILD = "/api/admin/projection/rebuild";
    private static final Instant NOW = Instant.parse("2026-03-20T00:00:00Z");
    private static final Caller FORESTRY = caller(BAOTOU_FORESTRY);
    private static final List<Caller> UNITS = List.of(FORESTRY, caller(KUNDULUN_POLICE), caller(BAOTOU_COURT));

    @Autowired
    private EventPublisher publisher;
    @Autowired
    private AppliedEvents<TimelineEntry> applied;
    @Autowired
    private ReferralProjection projection;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ConfigurableApplicationContext service;
    private static int published;
    private AppliedCommands commands;

    @BeforeAll
    static void registryAndKeys(ApicurioRegistry registry) {
        SpringBootTestExchange.prepare(registry);
    }

    @DynamicPropertySource
    static void exchange(DynamicPropertyRegistry properties) {
        SpringBootTestExchange.addTo(properties);
        SpringBootTestExchange.addUser(properties, 0,
                ServiceContexts.user("zhao.admin", "zhao.admin", "FORESTRY:150200", "ADMIN"));
        SpringBootTestExchange.addUser(properties, 1,
                ServiceContexts.user("zhang.xiaoming", "zhang.xiaoming", "FORESTRY:150200", "OFFICER"));
    }

    @BeforeEach
    void commands() {
        commands = new AppliedCommands(publisher, applied, projection);
    }

    @Test
    void rebuildsTheProjectionFromTheLogIntoTheLiveState() throws Exception {
        List<String> referrals = scenario();
        Map<String, Object> live = snapshot(referrals);

        HttpResponse<String> refused = post(service, "zhang.xiaoming", REBUILD, null, "");
        HttpResponse<String> accepted = post(service, "zhao.admin", REBUILD, null, "");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.headers().firstValue("Location")).hasValue(REBUILD);
        assertThat(json(accepted).read("$.totalRecords", Long.class)).isEqualTo(published);
        DocumentContext done = ServiceRequests.awaitUntil(() -> json(get(service, "zhao.admin", REBUILD)),
                status -> "DONE".equals(status.read("$.state", String.class)));
        assertThat(done.read("$.appliedRecords", Long.class)).isEqualTo(published);
        assertThat(done.read("$.requestedBy", String.class)).isEqualTo("FORESTRY:150200/zhao.admin");
        assertThat(snapshot(referrals)).isEqualTo(live);
    }

    @Test
    void answersCommandsWith503WhileARebuildRunsInAnyInstance() throws Exception {
        String id = "RF-150203-2026-" + UUID.randomUUID();
        command(submitted(id, "2026-03-16T01:30:00Z"));
        // What another instance's rebuild leaves in the shared database while it replays.
        jdbc.sql("delete from cb_projection_rebuild").update();
        jdbc.sql("delete from cb_projection_rebuild_partition").update();
        jdbc.sql("insert into cb_projection_rebuild (consumer_group, state, requested_by, started_at) values (?, ?, ?, ?)")
                .params("referral-projection-api-it", "RUNNING", "POLICE:150203/another-instance",
                        Timestamp.from(NOW)).update();
        try {
            HttpResponse<String> command = post(service, "zhang.xiaoming", "/api/referrals/" + id + "/withdrawal", key(),
                    "{\"reason\": \"当事人主动补植\"}");

            assertThat(command.statusCode()).isEqualTo(503);
            assertThat(command.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(json(command).read("$.type", String.class))
                    .isEqualTo("https://casebridge.example/problems/rebuild-running");
        } finally {
            jdbc.sql("delete from cb_projection_rebuild").update();
        }
    }

    @Test
    void filtersAndPagesTheListFromQueryParameters() throws Exception {
        String first = "RF-150203-2026-" + UUID.randomUUID();
        String second = "RF-150203-2026-" + UUID.randomUUID();
        command(submitted(first, "2026-04-20T01:30:00Z"));
        command(submitted(second, "2026-04-21T01:30:00Z"));

        DocumentContext page = json(get(service, "zhang.xiaoming",
                "/api/referrals?status=SUBMITTED&status=RECEIVED&overdue=true&submittedFrom=2026-04-20"
                        + "&submittedTo=2026-04-21&page=1&size=1"));

        // Both receipts are long overdue; the older one is due first, so the second page holds the newer.
        assertThat(page.read("$.totalElements", Long.class)).isEqualTo(2);
        assertThat(page.read("$.items[*].referralId", List.class)).containsExactly(second);
        assertThat(page.read("$.items[0].nextDue.kind", String.class)).isEqualTo("RECEIPT");
        assertThat(page.read("$.items[0].nextDue.responsible", String.class)).isEqualTo("POLICE:150203");
        assertThat(page.read("$.items[0].overdue", Boolean.class)).isTrue();
    }

    @Test
    void refusesBadListParametersWithProblems() throws Exception {
        for (String query : List.of("page=-1", "size=0", "size=101", "status=OPEN", "overdue=maybe",
                "submittedFrom=2026-13-01", "submittedFrom=2026-04-02&submittedTo=2026-04-01")) {
            HttpResponse<String> response = get(service, "zhang.xiaoming", "/api/referrals?" + query);

            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(query).hasValue("application/problem+json");
            assertThat(json(response).read("$.type", String.class)).as(query)
                    .isEqualTo("https://casebridge.example/problems/invalid-request");
        }
    }

    /** Four referrals through many steps, with a rejected event; returns their ids. */
    private List<String> scenario() {
        String submittedOnly = "RF-150203-2026-" + UUID.randomUUID();
        command(submitted(submittedOnly, "2026-03-02T01:30:00Z"));

        String supplemented = "RF-150203-2026-" + UUID.randomUUID();
        command(submitted(supplemented, "2026-03-02T01:30:00Z"));
        command(ReceiptSigned.newBuilder().setMeta(next(supplemented, KUNDULUN_POLICE, "2026-03-02T02:30:00Z"))
                .setReceiptNumber("包公昆回〔2026〕31号").build());
        command(SupplementRequested.newBuilder().setMeta(next(supplemented, KUNDULUN_POLICE, "2026-03-02T03:30:00Z"))
                .setMissingItems(List.of("林木蓄积量鉴定意见")).build());
        command(SupplementProvided.newBuilder().setMeta(next(supplemented, BAOTOU_FORESTRY, "2026-03-04T03:30:00Z"))
                .setNotes("已补充鉴定意见").build());
        command(CaseFiled.newBuilder().setMeta(next(supplemented, KUNDULUN_POLICE, "2026-03-12T02:00:00Z"))
                .setFilingDecisionNumber("包公昆立字〔2026〕61号").setDecisionPeriod(DecisionPeriod.DAYS_7)
                .setApprover("李建军").build());

        String refused = "RF-150203-2026-" + UUID.randomUUID();
        command(submitted(refused, "2026-03-03T01:30:00Z"));
        command(ReceiptSigned.newBuilder().setMeta(next(refused, KUNDULUN_POLICE, "2026-03-03T02:30:00Z"))
                .setReceiptNumber("包公昆回〔2026〕32号").build());
        command(CaseNotFiled.newBuilder().setMeta(next(refused, KUNDULUN_POLICE, "2026-03-04T02:30:00Z"))
                .setReasonCode(NonFilingReason.MINOR).setReasons("情节显著轻微").setDecisionPeriod(DecisionPeriod.DAYS_3)
                .setFilesReturned(true).build());
        StoredReferral beforeRequest = projection.find(refused).orElseThrow();
        command(ReconsiderationRequested.newBuilder().setMeta(next(refused, BAOTOU_FORESTRY, "2026-03-05T02:30:00Z"))
                .setGrounds("鉴定意见表明数量较大").build());
        // A writer with a stale view: recorded as CONFLICT, the referral unchanged.
        EventMeta stale = at(AppliedCommands.after(beforeRequest, BAOTOU_FORESTRY), "2026-03-05T03:00:00Z");
        assertThat(command(ReferralWithdrawn.newBuilder().setMeta(stale).setReason("撤回").build()).verdict())
                .isEqualTo("CONFLICT");

        String tried = "RF-150203-2026-" + UUID.randomUUID();
        command(submitted(tried, "2026-03-02T01:30:00Z"));
        command(ReceiptSigned.newBuilder().setMeta(next(tried, KUNDULUN_POLICE, "2026-03-02T02:00:00Z"))
                .setReceiptNumber("包公昆回〔2026〕33号").build());
        command(CaseFiled.newBuilder().setMeta(next(tried, KUNDULUN_POLICE, "2026-03-03T02:00:00Z"))
                .setFilingDecisionNumber("包公昆立字〔2026〕62号").setDecisionPeriod(DecisionPeriod.DAYS_3).build());
        command(CaseSubmittedForTrial.newBuilder().setMeta(next(tried, KUNDULUN_POLICE, "2026-03-10T02:00:00Z"))
                .setCourt(BAOTOU_COURT).setIndictmentNumber("包昆检诉〔2026〕8号").build());
        command(JudicialSuggestionIssued.newBuilder().setMeta(next(tried, BAOTOU_COURT, "2026-03-12T02:00:00Z"))
                .setTo(BAOTOU_FORESTRY).setSuggestionNumber("包中法建〔2026〕2号").setContent("加强林木采伐监管")
                .setReplyDue(LocalDate.of(2026, 5, 12)).build());
        return List.of(submittedOnly, supplemented, refused, tried);
    }

    /** What callers read: each referral in full (with deadlines and timeline) and each unit's list. */
    private Map<String, Object> snapshot(List<String> referrals) {
        ReferralQueries queries = new ReferralQueries(projection, new VisibilityPolicy(),
                new Supervisors(AgencyDirectory.bundled()), jdbc, JsonMapper.builder().build(),
                Clock.fixed(NOW, ZoneOffset.UTC));
        Map<String, Object> snapshot = new LinkedHashMap<>();
        referrals.forEach(id -> snapshot.put(id, queries.get(FORESTRY, id)));
        UNITS.forEach(unit -> snapshot.put(unit.unitId(), queries.list(unit,
                new ReferralListRequest(null, null, null, null, null, null, null, null, 0, 100))));
        return snapshot;
    }

    private TimelineEntry command(SpecificRecord event) {
        published++;
        return commands.publish(event);
    }

    private static ReferralSubmitted submitted(String id, String at) {
        ReferralSubmitted submitted = SampleEvents.referralSubmitted(id);
        submitted.getMeta().setOccurredAt(Instant.parse(at));
        return submitted;
    }

    private EventMeta next(String id, AgencyRef acting, String at) {
        return at(commands.next(id, acting), at);
    }

    private static EventMeta at(EventMeta meta, String at) {
        meta.setOccurredAt(Instant.parse(at));
        return meta;
    }

    private static Caller caller(AgencyRef unit) {
        return new Caller("reader", "reader", unit, Set.of(Role.OFFICER));
    }

    @SpringBootApplication
    static class App {
    }
}
