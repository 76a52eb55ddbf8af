package org.casebridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.endtoend.Agencies.BAOTOU_COURT;
import static org.casebridge.endtoend.Agencies.BAOTOU_FORESTRY;
import static org.casebridge.endtoend.Agencies.BAOTOU_PROCURATOR;
import static org.casebridge.endtoend.Agencies.BAYANNUR_NATURAL_RESOURCES;
import static org.casebridge.endtoend.Agencies.BAYANNUR_PROCURATOR;
import static org.casebridge.endtoend.Agencies.KUNDULUN_POLICE;
import static org.casebridge.endtoend.Agencies.LINHE_POLICE;
import static org.casebridge.endtoend.Referrals.referral;
import static org.casebridge.platform.testing.ServiceRequests.awaitStatus;
import static org.casebridge.platform.testing.ServiceRequests.get;
import static org.casebridge.platform.testing.ServiceRequests.json;
import static org.casebridge.platform.testing.ServiceRequests.key;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.casebridge.audit.AuditApplication;
import org.casebridge.contracts.Topic;
import org.casebridge.endtoend.Mutants.Mutant;
import org.casebridge.node.conversion.LeadConversionAutoConfiguration;
import org.casebridge.node.lead.command.LeadApiAutoConfiguration;
import org.casebridge.node.referral.command.ReferralCommandAutoConfiguration;
import org.casebridge.node.referral.rebuild.ProjectionRebuildAutoConfiguration;
import org.casebridge.platform.testing.ApicurioRegistry;
import org.casebridge.platform.testing.ServiceContexts;
import org.casebridge.platform.testing.ServiceRequests;
import org.casebridge.sender.referral.SenderAutoConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated bad input against every command endpoint of every agency service ({@link Mutants}: hundreds of
 * mutants of a valid body per endpoint) and against every query ({@link QueryMutants}), the audit service's too.
 * Whatever the mutant: never a 5xx; a refusal is a problem+json and publishes nothing (the end offsets of
 * {@code referrals} and {@code leads} do not move); an accepted mutant is stored as sent (its value reads back from
 * the case). The counts per endpoint go to the test's output.
 */
@EmbeddedKafka(partitions = 1, topics = {"referrals", "referrals.dlt", "leads", "leads.dlt"})
// Follow-ups first: their targets are found in the Kundulun inbox, which the accepted submissions fill up.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InputFuzzIT extends EndToEndTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger LEADS = new AtomicInteger();
    private static final String SUGGESTION = "（2026）内02司建71号";
    private static final JsonMapper READER = JsonMapper.builder().build();
    private static final String AUDITOR = "gao.ming";
    private static Admin admin;
    private static ConfigurableApplicationContext audit;

    @BeforeAll
    static void audit(ApicurioRegistry registry) {
        // The audit service's own jar has neither the sender nor the agency node; one class path holds them here.
        audit = ServiceContexts.on(registry).without(SenderAutoConfiguration.class,
                ProjectionRebuildAutoConfiguration.class, ReferralCommandAutoConfiguration.class,
                LeadApiAutoConfiguration.class, LeadConversionAutoConfiguration.class)
                .start(AuditApplication.class, "audit-fuzz", null,
                        List.of(ServiceContexts.user(AUDITOR, "高明", "PROCURATORATE:150000", "AUDITOR")));
    }

    @BeforeAll
    static void admin() {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedKafkaCondition.getBroker().getBrokersAsString()));
    }

    @AfterAll
    static void closeAdmin() {
        admin.close();
        ServiceContexts.closeAll(audit);
    }

    @Test
    @Order(2)
    void refusesEveryBadSubmissionCleanlyAndStoresEveryAcceptedOneAsSent() throws Exception {
        List<String> report = new ArrayList<>();
        report.add(fuzz("forestry POST /api/referrals", forestry, BAOTOU_FORESTRY, () -> "/api/referrals",
                referral("150203"), "/api/referrals/{id}", "$.summary.referralId"));
        report.add(fuzz("natural resources POST /api/referrals", naturalResources, BAYANNUR_NATURAL_RESOURCES,
                () -> "/api/referrals", referral("150802"), "/api/referrals/{id}", "$.summary.referralId"));
        report.add(fuzz("forestry POST /api/leads", forestry, BAOTOU_FORESTRY, () -> "/api/leads", LEAD,
                "/api/leads/{id}", "$.summary.leadId"));
        System.out.println(String.join("\n", report));
    }

    @Test
    @Order(1)
    void refusesEveryBadFollowUpCleanly() throws Exception {
        List<String> report = new ArrayList<>();
        report.add(fuzz("police POST receipt", police, KUNDULUN_POLICE,
                () -> "/api/referrals/" + steps.inKundulunInbox(referral("150203")) + "/receipt", Steps.RECEIPT));
        report.add(fuzz("police POST filing", police, KUNDULUN_POLICE,
                () -> "/api/referrals/" + steps.receivedInKundulun("H1") + "/filing",
                "{\"filingDecisionNumber\":\"包公昆立字〔2026〕70号\",\"decisionPeriod\":\"DAYS_3\"}"));
        report.add(fuzz("police POST supplement-requests", police, KUNDULUN_POLICE,
                () -> "/api/referrals/" + steps.receivedInKundulun("H1") + "/supplement-requests",
                "{\"missingItems\":[\"林木蓄积量鉴定意见\"],\"notes\":\"请三日内补充\"}"));
        report.add(fuzz("court POST judgment", court, BAOTOU_COURT,
                () -> "/api/referrals/" + steps.submittedForTrial("H1") + "/judgment", """
                        {"judgmentNumber":"（2026）内02刑初70号","verdict":"GUILTY","sentence":"有期徒刑一年",
                         "fineFen":500000,"issuedOn":"2026-06-18"}"""));
        report.add(fuzz("forestry POST withdrawal", forestry, BAOTOU_FORESTRY,
                () -> "/api/referrals/" + steps.inKundulunInbox(referral("150203")) + "/withdrawal",
                "{\"reason\":\"当事人主动补植\"}"));
        System.out.println(String.join("\n", report));
    }

    @Test
    @Order(1)
    void refusesEveryBadLaterStepCleanly() throws Exception {
        List<String> report = new ArrayList<>();
        report.add(fuzz("police POST non-filing", police, KUNDULUN_POLICE,
                () -> referralPath(steps.receivedInKundulun("H1"), "non-filing"),
                "{\"reasonCode\":\"MINOR\",\"reasons\":\"情节显著轻微\",\"decisionPeriod\":\"DAYS_3\",\"filesReturned\":true}"));
        report.add(fuzz("police POST forwarding", police, KUNDULUN_POLICE,
                () -> referralPath(steps.receivedInKundulun("H1"), "forwarding"),
                "{\"to\":\"POLICE:150200\",\"reason\":\"非本单位管辖\"}"));
        report.add(fuzz("police POST trial-submission", police, KUNDULUN_POLICE,
                () -> referralPath(filed(), "trial-submission"),
                "{\"court\":\"COURT:150200\",\"indictmentNumber\":\"包昆检刑诉〔2026〕70号\"}"));
        report.add(fuzz("forestry POST evidence-handovers", forestry, BAOTOU_FORESTRY,
                () -> referralPath(filed(), "evidence-handovers"),
                "{\"items\":[" + Referrals.EVIDENCE + "],\"handoverList\":" + Referrals.document("HANDOVER_LIST")
                        + ",\"receivedBy\":\"李伟\"}"));
        report.add(fuzz("forestry POST supplements", forestry, BAOTOU_FORESTRY,
                () -> referralPath(supplementRequested(), "supplements"),
                "{\"documents\":[" + Referrals.document("EXPERT_OPINION") + "],\"notes\":\"已补充鉴定意见\"}"));
        report.add(fuzz("court POST judicial-suggestions", court, BAOTOU_COURT,
                () -> referralPath(steps.submittedForTrial("H1"), "judicial-suggestions"), """
                        {"addressee":"FORESTRY:150200","suggestionNumber":"（2026）内02司建70号",
                         "content":"建议加强林木采伐许可的事后核查","replyDue":"2027-08-18"}"""));
        report.add(fuzz("natural resources POST reconsideration-requests", naturalResources, BAYANNUR_NATURAL_RESOURCES,
                () -> referralPath(steps.notFiledInLinhe(), "reconsideration-requests"),
                "{\"grounds\":\"占用耕地面积已达立案标准\"}"));
        report.add(fuzz("natural resources POST supervision-requests", naturalResources, BAYANNUR_NATURAL_RESOURCES,
                () -> referralPath(steps.notFiledInLinhe(), "supervision-requests"),
                "{\"procuratorate\":\"PROCURATORATE:150800\",\"grounds\":\"不予立案理由不成立\"}"));
        report.add(fuzz("police POST reconsideration-decision", police, LINHE_POLICE,
                () -> referralPath(reconsiderationRequested(), "reconsideration-decision"),
                "{\"outcome\":\"UPHELD\",\"reasons\":\"维持不予立案决定\"}"));
        report.add(fuzz("natural resources POST administrative-penalty", naturalResources, BAYANNUR_NATURAL_RESOURCES,
                () -> referralPath(upheld(), "administrative-penalty"),
                "{\"decisionNumber\":\"巴自然资罚〔2026〕70号\",\"decidedOn\":\"2026-03-20\",\"fineFen\":1500000,"
                        + "\"description\":\"责令退还土地，罚款一万五千元\"}"));
        report.add(fuzz("forestry POST /api/referral-drafts", forestry, BAOTOU_FORESTRY, () -> "/api/referral-drafts",
                "{\"content\":" + referral("150203") + "}", "/api/referral-drafts/{id}", "$.draftId"));
        System.out.println(String.join("\n", report));
    }

    @Test
    @Order(1)
    void refusesEveryBadLeadStepCleanly() throws Exception {
        String referralId = steps.submitted(forestry, BAOTOU_FORESTRY, referral("150203"));
        String earlier = steps.leadWithKundulunPolice(lead());
        List<String> report = new ArrayList<>();
        report.add(fuzz("police POST lead acknowledgement", police, KUNDULUN_POLICE,
                () -> leadPath(steps.leadWithKundulunPolice(lead()), "acknowledgement"), "{\"note\":\"已收到，立即核查\"}"));
        report.add(fuzz("police POST lead investigation", police, KUNDULUN_POLICE,
                () -> leadPath(acknowledgedLead(), "investigation"), "{\"note\":\"已派员勘查现场\"}"));
        report.add(fuzz("police POST lead outcome", police, KUNDULUN_POLICE, () -> leadPath(investigatedLead(), "outcome"),
                "{\"outcome\":\"FILED\",\"details\":\"已立案侦查\",\"filingDecisionNumber\":\"包公昆立字〔2026〕72号\"}"));
        report.add(fuzz("forestry POST lead merge", forestry, BAOTOU_FORESTRY,
                () -> leadPath(steps.leadWithKundulunPolice(lead()), "merge"),
                "{\"survivingLeadId\":\"" + earlier + "\",\"matchedOn\":\"PATCH\"}"));
        report.add(fuzz("forestry POST lead conversion", forestry, BAOTOU_FORESTRY,
                () -> leadPath(steps.leadWithKundulunPolice(lead()), "conversion"),
                "{\"referralId\":\"" + referralId + "\"}"));
        System.out.println(String.join("\n", report));
    }

    @Test
    @Order(1)
    void refusesEveryBadAnswerAndDraftEditCleanly() throws Exception {
        List<String> report = new ArrayList<>();
        report.add(fuzz("police POST explanation", police, LINHE_POLICE,
                () -> referralPath(steps.supervisionRequestedInLinhe(), "explanation"),
                "{\"explanation\":\"涉案面积未达立案标准\"}"));
        report.add(fuzz("procuratorate POST explanation-request", procuratorate, BAYANNUR_PROCURATOR,
                () -> referralPath(supervisedInLinhe(), "explanation-request"),
                "{\"requestNumber\":\"巴检要说〔2026〕7号\",\"questions\":\"说明占用耕地面积的认定依据\"}"));
        report.add(fuzz("procuratorate POST refusal-finding", procuratorate, BAYANNUR_PROCURATOR,
                () -> referralPath(explainedInLinhe(), "refusal-finding"),
                "{\"decisionNumber\":\"巴检不立理〔2026〕7号\",\"reasons\":\"经审查，不立案理由成立\"}"));
        report.add(fuzz("procuratorate POST filing-order", procuratorate, BAYANNUR_PROCURATOR,
                () -> referralPath(explainedInLinhe(), "filing-order"),
                "{\"orderNumber\":\"巴检立通〔2026〕7号\",\"reasons\":\"占用耕地面积已达立案追诉标准\"}"));
        report.add(fuzz("forestry POST suggestion-answers", forestry, BAOTOU_FORESTRY,
                () -> referralPath(steps.judgedWithSuggestion(SUGGESTION), "suggestion-answers"),
                "{\"suggestionNumber\":\"" + SUGGESTION + "\",\"answer\":\"已建立采伐许可季度核查制度\"}"));
        report.add(fuzz("forestry PUT /api/referral-drafts/{id}", "PUT", forestry, BAOTOU_FORESTRY,
                () -> "/api/referral-drafts/" + newDraft(), "{\"version\":1,\"content\":" + referral("150203") + "}",
                null, null));
        report.add(fuzzDraftSubmission());
        System.out.println(String.join("\n", report));
    }

    /**
     * Draft submission takes no body: what it submits is the draft's stored content. Every mutant of a referral
     * that a draft accepts as its content (drafts may be incomplete) is submitted: never a 5xx; a refusal is a
     * problem+json that publishes nothing; an accepted one is a new referral.
     */
    private String fuzzDraftSubmission() throws Exception {
        int drafts = 0;
        int refused = 0;
        int accepted = 0;
        for (Mutant mutant : Mutants.of(referral("150203"))) {
            byte[] draft = ("{\"content\":" + new String(mutant.body(), StandardCharsets.UTF_8) + "}")
                    .getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> created = post(forestry, BAOTOU_FORESTRY, "/api/referral-drafts", draft);
            assertThat(created.statusCode()).as(mutant.change() + ": " + created.body()).isLessThan(500);
            if (created.statusCode() != 201) {
                continue;
            }
            drafts++;
            long before = endOffsets();
            HttpResponse<String> submitted = post(forestry, BAOTOU_FORESTRY,
                    "/api/referral-drafts/" + json(created).read("$.draftId") + "/submission", new byte[0]);
            String what = "submission of a draft with " + mutant.change() + " answered " + submitted.statusCode() + " "
                    + submitted.body();
            assertThat(submitted.statusCode()).as(what).isIn(201, 400, 409, 422);
            if (submitted.statusCode() == 201) {
                accepted++;
            } else {
                refused++;
                assertThat(submitted.headers().firstValue("Content-Type")).as(what)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(endOffsets()).as("published for a refusal: " + what).isEqualTo(before);
            }
        }
        assertThat(refused).as("draft submissions refused").isPositive();
        return "InputFuzzIT: forestry POST /api/referral-drafts/{id}/submission: " + drafts + " mutant drafts, "
                + refused + " refused, " + accepted + " accepted";
    }

    /** A Linhe refusal under supervision that the police explained, as the Bayannur procuratorate sees it. */
    /** A Linhe refusal before the Bayannur procuratorate, as its own projection has it. */
    private String supervisedInLinhe() throws Exception {
        String id = steps.supervisionRequestedInLinhe();
        awaitStatus(procuratorate, BAYANNUR_PROCURATOR, id, "SUPERVISION_REQUESTED");
        return id;
    }

    private String explainedInLinhe() throws Exception {
        String id = steps.supervisionRequestedInLinhe();
        answered(post(police, LINHE_POLICE, referralPath(id, "explanation"), "{\"explanation\":\"涉案面积未达立案标准\"}"),
                "EXPLANATION_PROVIDED");
        awaitStatus(procuratorate, BAYANNUR_PROCURATOR, id, "EXPLANATION_PROVIDED");
        return id;
    }

    private String newDraft() throws Exception {
        HttpResponse<String> created = post(forestry, BAOTOU_FORESTRY, "/api/referral-drafts",
                "{\"content\":" + referral("150203") + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).read("$.draftId");
    }

    private String acknowledgedLead() throws Exception {
        String id = steps.leadWithKundulunPolice(lead());
        assertThat(steps.leadStep(id, "acknowledgement", "{}")).isEqualTo("ACKNOWLEDGED");
        return id;
    }

    private String investigatedLead() throws Exception {
        String id = acknowledgedLead();
        assertThat(steps.leadStep(id, "investigation", "{}")).isEqualTo("INVESTIGATING");
        return id;
    }

    /** A lead of its own: a new patch and suspect, so that it is not merged into an earlier one on arrival. */
    private static String lead() {
        int n = LEADS.incrementAndGet();
        return LEAD.replace("150203-2026-TB-FUZZ", "150203-2026-TB-FUZZ-" + n)
                .replace("150203198805129999", "15020319880512" + String.format(Locale.ROOT, "%04d", n));
    }

    private static String leadPath(String id, String command) {
        return "/api/leads/" + id + "/" + command;
    }

    @Test
    @Order(3)
    void answersEveryBadQueryWithAProblemAndNeverFails() throws Exception {
        List<String> report = new ArrayList<>();
        List<String> listing = List.of("status", "overdue", "submittedFrom", "submittedTo", "receiver", "division",
                "dueKind", "breached", "page", "size");
        report.add(fuzzQuery("forestry GET /api/referrals", forestry, BAOTOU_FORESTRY, "/api/referrals", listing));
        report.add(fuzzQuery("police GET /api/inbox", police, KUNDULUN_POLICE, "/api/inbox", listing));
        report.add(fuzzQuery("procuratorate GET /api/supervision/queue", procuratorate, BAOTOU_PROCURATOR,
                "/api/supervision/queue", listing));
        List<String> leads = List.of("status", "page", "size");
        report.add(fuzzQuery("police GET /api/leads/received", police, KUNDULUN_POLICE, "/api/leads/received", leads));
        report.add(fuzzQuery("forestry GET /api/leads/sent", forestry, BAOTOU_FORESTRY, "/api/leads/sent", leads));
        report.add(fuzzQuery("forestry GET /api/referral-drafts", forestry, BAOTOU_FORESTRY, "/api/referral-drafts",
                List.of("page", "size")));
        report.add(fuzzQuery("audit GET /api/audit/records", audit, AUDITOR, "/api/audit/records",
                List.of("verdict", "page", "size")));
        report.add(fuzzIds("forestry GET /api/referrals/{id}", forestry, BAOTOU_FORESTRY, "/api/referrals/"));
        report.add(fuzzIds("police GET /api/leads/{id}", police, KUNDULUN_POLICE, "/api/leads/"));
        report.add(fuzzIds("forestry GET /api/referral-drafts/{id}", forestry, BAOTOU_FORESTRY, "/api/referral-drafts/"));
        report.add(fuzzIds("audit GET /api/audit/cases/{caseId}", audit, AUDITOR, "/api/audit/cases/"));
        report.add(fuzzIds("forestry DELETE /api/referral-drafts/{id}", "DELETE", forestry, BAOTOU_FORESTRY,
                "/api/referral-drafts/"));
        System.out.println(String.join("\n", report));
    }

    private String fuzzQuery(String endpoint, ConfigurableApplicationContext service, String user, String path,
                             List<String> parameters) throws Exception {
        int sent = 0;
        for (String parameter : parameters) {
            for (String value : QueryMutants.VALUES) {
                assertAnsweredCleanly(endpoint, service, user, path + "?" + parameter + "=" + value);
                sent++;
            }
        }
        for (String combined : List.of("?page=0&page=1&size=2&size=x", "?status=RECEIVED,,FILED",
                "?status=RECEIVED&status=%00")) {
            assertAnsweredCleanly(endpoint, service, user, path + combined);
            sent++;
        }
        return "InputFuzzIT: " + endpoint + ": " + sent + " queries";
    }

    private String fuzzIds(String endpoint, ConfigurableApplicationContext service, String user, String prefix)
            throws Exception {
        return fuzzIds(endpoint, "GET", service, user, prefix);
    }

    private String fuzzIds(String endpoint, String method, ConfigurableApplicationContext service, String user,
                           String prefix) throws Exception {
        for (String id : QueryMutants.IDS) {
            assertAnsweredCleanly(endpoint, method, service, user, prefix + id);
        }
        return "InputFuzzIT: " + endpoint + ": " + QueryMutants.IDS.size() + " ids";
    }

    private static void assertAnsweredCleanly(String endpoint, ConfigurableApplicationContext service, String user,
                                              String pathAndQuery) throws Exception {
        assertAnsweredCleanly(endpoint, "GET", service, user, pathAndQuery);
    }

    /** Never a 5xx; a refusal is a problem+json, an answer is JSON. */
    private static void assertAnsweredCleanly(String endpoint, String method, ConfigurableApplicationContext service,
                                              String user, String pathAndQuery) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(service, pathAndQuery))
                .header("Authorization", ServiceRequests.basic(user))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String what = endpoint + " as " + abbreviated(pathAndQuery) + " answered " + response.statusCode() + " "
                + abbreviated(response.body());
        assertThat(response.statusCode()).as(what).isLessThan(500);
        assertThat(response.headers().firstValue("Content-Type").orElse("none")).as(what)
                .startsWith(response.statusCode() >= 400 ? "application/problem+json" : "application/json");
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    private String filed() throws Exception {
        return moved(steps.receivedInKundulun("H1"), police, KUNDULUN_POLICE, "filing",
                "{\"filingDecisionNumber\":\"包公昆立字〔2026〕71号\",\"decisionPeriod\":\"DAYS_3\"}", "FILED",
                forestry, BAOTOU_FORESTRY);
    }

    private String supplementRequested() throws Exception {
        return moved(steps.receivedInKundulun("H1"), police, KUNDULUN_POLICE, "supplement-requests",
                "{\"missingItems\":[\"林木蓄积量鉴定意见\"],\"notes\":\"请补充\"}", "SUPPLEMENT_REQUESTED",
                forestry, BAOTOU_FORESTRY);
    }

    private String reconsiderationRequested() throws Exception {
        return moved(steps.notFiledInLinhe(), naturalResources, BAYANNUR_NATURAL_RESOURCES, "reconsideration-requests",
                "{\"grounds\":\"占用耕地面积已达立案标准\"}", "RECONSIDERATION_REQUESTED", police, LINHE_POLICE);
    }

    private String upheld() throws Exception {
        return moved(reconsiderationRequested(), police, LINHE_POLICE, "reconsideration-decision",
                "{\"outcome\":\"UPHELD\",\"reasons\":\"维持不予立案决定\"}", "NOT_FILED_UPHELD",
                naturalResources, BAYANNUR_NATURAL_RESOURCES);
    }

    /** The referral after {@code user} of {@code actor} did {@code command}, once the other side sees it. */
    private static String moved(String id, ConfigurableApplicationContext actor, String user, String command,
                                String body, String status, ConfigurableApplicationContext otherSide,
                                String otherUser) throws Exception {
        answered(post(actor, user, referralPath(id, command), body), status);
        awaitStatus(otherSide, otherUser, id, status);
        return id;
    }

    private static void answered(HttpResponse<String> response, String status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).read("$.summary.status", String.class)).isEqualTo(status);
    }

    private static String referralPath(String id, String command) {
        return "/api/referrals/" + id + "/" + command;
    }

    private static HttpResponse<String> post(ConfigurableApplicationContext service, String user, String path,
                                             String body) throws Exception {
        return post(service, user, path, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A command on a fresh target for every accepted mutant, so the next mutants meet the state the first met. */
    private String fuzz(String endpoint, ConfigurableApplicationContext service, String user, Target target,
                        String validBody) throws Exception {
        return fuzz(endpoint, "POST", service, user, target, validBody, null, null);
    }

    private String fuzz(String endpoint, ConfigurableApplicationContext service, String user, Target target,
                        String validBody, String readBack, String idPath) throws Exception {
        return fuzz(endpoint, "POST", service, user, target, validBody, readBack, idPath);
    }

    private String fuzz(String endpoint, String method, ConfigurableApplicationContext service, String user,
                        Target target, String validBody, String readBack, String idPath) throws Exception {
        List<Mutant> mutants = Mutants.of(validBody);
        HttpResponse<String> control = send(method, service, user, target.path(),
                validBody.getBytes(StandardCharsets.UTF_8));
        assertThat(control.statusCode()).as(endpoint + ": the valid body itself, answered " + control.body())
                .isBetween(200, 201);
        int refused = 0;
        int accepted = 0;
        String path = target.path();
        for (Mutant mutant : mutants) {
            long before = endOffsets();
            HttpResponse<String> response = send(method, service, user, path, mutant.body());
            String what = endpoint + " with " + mutant.change() + " answered " + response.statusCode() + " "
                    + response.body();
            assertThat(response.statusCode()).as(what).isLessThan(500);
            if (response.statusCode() >= 400) {
                refused++;
                assertThat(response.headers().firstValue("Content-Type")).as(what)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(endOffsets()).as("published for a refusal: " + what).isEqualTo(before);
            } else {
                accepted++;
                if (readBack != null) {
                    String id = json(response).read(idPath);
                    assertStoredAsSent(get(service, user, readBack.replace("{id}", id)).body(), mutant, what);
                } else {
                    path = target.path();
                }
            }
        }
        assertThat(refused).as(endpoint + ": mutants refused").isPositive();
        return "InputFuzzIT: " + endpoint + ": " + mutants.size() + " mutants, " + refused + " refused, " + accepted
                + " accepted";
    }

    /** The value the mutant put in reads back from the case, when it is one that can be found in it. */
    private static void assertStoredAsSent(String stored, Mutant mutant, String what) {
        JsonNode value = mutant.value();
        if (value == null || value.isNull() || value.isBoolean() || value.isContainer()) {
            return;
        }
        if (value.isString()) {
            assertThat(stored).as("stored " + what).contains(value.toString());
        } else {
            assertThat(numbers(stored)).as("stored " + what).contains(value.doubleValue());
        }
    }

    private static List<Double> numbers(String json) {
        List<Double> numbers = new ArrayList<>();
        collect(READER.readTree(json), numbers);
        return numbers;
    }

    private static void collect(JsonNode node, List<Double> numbers) {
        if (node.isNumber()) {
            numbers.add(node.doubleValue());
        }
        node.forEach(child -> collect(child, numbers));
    }

    private static HttpResponse<String> post(ConfigurableApplicationContext service, String user, String path,
                                             byte[] body) throws Exception {
        return send("POST", service, user, path, body);
    }

    private static HttpResponse<String> send(String method, ConfigurableApplicationContext service, String user,
                                             String path, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(service, path))
                .header("Authorization", ServiceRequests.basic(user))
                .header("Content-Type", "application/json").header("Idempotency-Key", key())
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** {@code path} as given: its query and escapes are sent exactly, however malformed. */
    private static URI uri(ConfigurableApplicationContext service, String path) {
        return URI.create("http://localhost:" + ((WebServerApplicationContext) service).getWebServer().getPort() + path);
    }

    private static long endOffsets() throws Exception {
        long sum = 0;
        for (Topic topic : List.of(Topic.REFERRALS, Topic.LEADS)) {
            String name = topic.topicName();
            int partitions = admin.describeTopics(List.of(name)).allTopicNames().get().get(name).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, partitions).boxed()
                    .collect(Collectors.toMap(partition -> new TopicPartition(name, partition), p -> OffsetSpec.latest()));
            sum += admin.listOffsets(latest).all().get().values().stream().mapToLong(ListOffsetsResultInfo::offset).sum();
        }
        return sum;
    }

    private static final String LEAD = """
            {"handlingCode":"H1","recipients":{"units":["POLICE:150203"]},
             "suspectedOffence":{"article":345,"paragraph":1,"description":"盗伐林木"},
             "location":{"divisionCode":"150203","address":"包头市昆都仑区卜尔汉图镇北山","latitude":40.7421,
                         "longitude":109.7903,"inspectionPatchId":"150203-2026-TB-FUZZ"},
             "description":"夜间巡查发现有人盗伐油松",
             "suspects":[{"kind":"PERSON","name":"林木生","idNumber":"150203198805129999","phone":"13847200000"}],
             "quantities":{"treeCount":12}}""";

    /** Where a command goes: a path on a case in the state the command needs, made anew on request. */
    @FunctionalInterface
    private interface Target {
        String path() throws Exception;
    }
}
