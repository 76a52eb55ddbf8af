package org.casebridge.police.referral;

import static org.casebridge.exchange.testing.ServiceContexts.officer;
import static org.casebridge.exchange.testing.ServiceRequests.awaitStatus;
import static org.casebridge.exchange.testing.ServiceRequests.awaitUntil;
import static org.casebridge.exchange.testing.ServiceRequests.get;
import static org.casebridge.exchange.testing.ServiceRequests.json;
import static org.casebridge.exchange.testing.ServiceRequests.key;
import static org.casebridge.exchange.testing.ServiceRequests.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import org.casebridge.exchange.testing.ServiceContexts;
import org.casebridge.exchange.testing.ApicurioRegistry;
import org.casebridge.exchange.testing.ApicurioRegistryExtension;
import org.casebridge.police.PoliceApplication;
import org.casebridge.referraltest.AdministrativeTestApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Referrals from end to end through the REST APIs of three services on one broker and one registry: a forestry
 * bureau (FORESTRY:150200) refers a case in Kundulun (150203); the Kundulun police unit sees it in its inbox,
 * signs the receipt, asks for a supplement, gets it and files the case; the bureau reads it back as FILED with
 * the whole timeline. A natural resources bureau (NATURAL_RESOURCES:150800) refers a case in Linhe (150802) that
 * the Linhe police do not file; the bureau contests the refusal and, once it is upheld, imposes the administrative
 * penalty. Each service keeps its own projection (its own in-memory H2) from the log.
 */
@ExtendWith(ApicurioRegistryExtension.class)
@EmbeddedKafka(partitions = 1, topics = {"referrals", "referrals.dlt"})
class ReferralEndToEndIT {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String CAUSE = "涉嫌滥伐林木（油松38.6立方米）";
    private static final String EVIDENCE = """
            {"description":"油松原木","quantity":38.6,"unit":"m³","custodian":"林草局涉案财物保管室","storageLocation":"二号库房","perishable":false}""";

    private static ConfigurableApplicationContext forestry;
    private static ConfigurableApplicationContext naturalResources;
    private static ConfigurableApplicationContext police;

    @BeforeAll
    static void startServices(ApicurioRegistry registry) throws IOException {
        ServiceContexts services = ServiceContexts.on(registry);
        forestry = services.start(AdministrativeTestApplication.class, "forestry-e2e", "FORESTRY",
                List.of(officer("zhang.xiaoming", "张晓明", "FORESTRY:150200")));
        naturalResources = services.start(AdministrativeTestApplication.class, "natural-resources-e2e", "NATURAL_RESOURCES",
                List.of(officer("wang.fang", "王芳", "NATURAL_RESOURCES:150800")));
        police = services.start(PoliceApplication.class, "police-e2e", "POLICE",
                List.of(officer("li.wei", "李伟", "POLICE:150203"), officer("zhao.gang", "赵刚", "POLICE:150200"),
                        officer("sun.lei", "孙磊", "POLICE:150802")));
    }

    @AfterAll
    static void stopServices() {
        ServiceContexts.closeAll(police, naturalResources, forestry);
    }

    @Test
    void carriesAReferralFromSubmissionToTrialAndShowsTheWholeTimeline() throws Exception {
        HttpResponse<String> submitted = post(forestry, "zhang.xiaoming", "/api/referrals", key(), referral("150203"));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String id = json(submitted).read("$.summary.referralId");
        assertThat(id).startsWith("RF-150203-");
        assertThat(json(submitted).read("$.caseData.cause", String.class)).isEqualTo(CAUSE);

        DocumentContext inbox = awaitInbox("li.wei", id);
        assertThat(inbox.read("$.items[?(@.referralId == '" + id + "')].status", List.class)).containsExactly("SUBMITTED");
        assertThat(inbox.read("$.items[?(@.referralId == '" + id + "')].nextDue.kind", List.class)).containsExactly("RECEIPT");

        assertOk(post(police, "li.wei", "/api/referrals/" + id + "/receipt", key(), "{\"receiptNumber\":\"包公昆回〔2026〕12号\"}"),
                "RECEIVED");
        assertOk(post(police, "li.wei", "/api/referrals/" + id + "/supplement-requests", key(),
                "{\"missingItems\":[\"林木蓄积量鉴定意见\"],\"notes\":\"请三日内补充\"}"), "SUPPLEMENT_REQUESTED");
        awaitStatus(forestry, "zhang.xiaoming", id, "SUPPLEMENT_REQUESTED");
        assertOk(post(forestry, "zhang.xiaoming", "/api/referrals/" + id + "/supplements", key(),
                "{\"documents\":[" + document("EXPERT_OPINION") + "],\"notes\":\"已补充鉴定意见\"}"), "RECEIVED");
        awaitStatus(police, "li.wei", id, "RECEIVED");
        assertOk(post(police, "li.wei", "/api/referrals/" + id + "/filing", key(),
                "{\"filingDecisionNumber\":\"包公昆立字〔2026〕60号\",\"decisionPeriod\":\"DAYS_3\"}"), "FILED");

        DocumentContext filed = awaitStatus(forestry, "zhang.xiaoming", id, "FILED");
        assertThat(filed.read("$.timeline[*].eventType", List.class)).containsExactly("ReferralSubmitted",
                "ReceiptSigned", "SupplementRequested", "SupplementProvided", "CaseFiled");
        assertThat(filed.read("$.timeline[1].content.receiptNumber", String.class)).isEqualTo("包公昆回〔2026〕12号");
        assertThat(filed.read("$.parties[0].idNumber", String.class)).isEqualTo("150203198805120035");

        assertOk(post(forestry, "zhang.xiaoming", "/api/referrals/" + id + "/evidence-handovers", key(),
                "{\"items\":[" + EVIDENCE + "],\"handoverList\":" + document("HANDOVER_LIST") + ",\"receivedBy\":\"李伟\"}"),
                "FILED");
        HttpResponse<String> reconsideration = post(forestry, "zhang.xiaoming",
                "/api/referrals/" + id + "/reconsideration-requests", key(), "{\"grounds\":\"已立案，不应复议\"}");
        assertThat(reconsideration.statusCode()).as(reconsideration.body()).isEqualTo(409);
        assertThat(json(reconsideration).read("$.code", String.class)).isEqualTo("ILLEGAL_TRANSITION");

        HttpResponse<String> withdrawal = post(forestry, "zhang.xiaoming", "/api/referrals/" + id + "/withdrawal", key(),
                "{\"reason\":\"当事人主动补植\"}");
        assertThat(withdrawal.statusCode()).isEqualTo(409);
        assertThat(json(withdrawal).read("$.code", String.class)).isEqualTo("ILLEGAL_TRANSITION");

        assertThat(get(police, "zhao.gang", "/api/referrals/" + id).statusCode()).isEqualTo(404);

        HttpResponse<String> notACourt = post(police, "li.wei", "/api/referrals/" + id + "/trial-submission", key(),
                "{\"court\":\"POLICE:150200\",\"indictmentNumber\":\"包昆检刑诉〔2026〕88号\"}");
        assertThat(notACourt.statusCode()).as(notACourt.body()).isIn(400, 422);
        assertOk(post(police, "li.wei", "/api/referrals/" + id + "/trial-submission", key(),
                "{\"court\":\"COURT:150200\",\"indictmentNumber\":\"包昆检刑诉〔2026〕88号\"}"), "SUBMITTED_FOR_TRIAL");
        awaitStatus(forestry, "zhang.xiaoming", id, "SUBMITTED_FOR_TRIAL");
    }

    @Test
    void answersARetryWithTheSameKeyOnceAndRefusesTheKeyForAnotherRequest() throws Exception {
        String key = key();
        HttpResponse<String> first = post(forestry, "zhang.xiaoming", "/api/referrals", key, referral("150203"));
        HttpResponse<String> retry = post(forestry, "zhang.xiaoming", "/api/referrals", key, referral("150203"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(json(retry).read("$.summary.referralId", String.class))
                .isEqualTo(json(first).read("$.summary.referralId", String.class));
        assertThat(json(retry).read("$.timeline.length()", Integer.class)).isEqualTo(1);

        HttpResponse<String> reused = post(forestry, "zhang.xiaoming", "/api/referrals", key, referral("150202"));
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(json(reused).read("$.type", String.class)).endsWith("/idempotency-key-reused");
    }

    @Test
    void refusesBadRequestsWithProblemsAndPublishesNothing() throws Exception {
        long before = total(forestry, "zhang.xiaoming");
        assertProblem(post(forestry, "zhang.xiaoming", "/api/referrals", key(), "{\"type\":"), 400, "malformed-request");
        assertProblem(post(forestry, "zhang.xiaoming", "/api/referrals", key(), "{\"type\":\"THRESHOLD_MET\"}"), 400,
                "invalid-request");
        assertProblem(post(forestry, "zhang.xiaoming", "/api/referrals", key(), referral("159999")), 400, "invalid-request");
        assertProblem(post(forestry, "zhang.xiaoming", "/api/referrals", null, referral("150203")), 400, "missing-header");
        assertThat(post(police, "li.wei", "/api/referrals", key(), referral("150203")).statusCode()).isIn(403, 404);
        assertThat(total(forestry, "zhang.xiaoming")).isEqualTo(before);
    }

    @Test
    void refusesASevenDayDecisionWithoutApproverAsUnprocessable() throws Exception {
        String id = json(post(forestry, "zhang.xiaoming", "/api/referrals", key(), referral("150203")))
                .read("$.summary.referralId");
        awaitInbox("li.wei", id);
        assertOk(post(police, "li.wei", "/api/referrals/" + id + "/receipt", key(), "{\"receiptNumber\":\"包公昆回〔2026〕13号\"}"),
                "RECEIVED");
        HttpResponse<String> filing = post(police, "li.wei", "/api/referrals/" + id + "/filing", key(),
                "{\"filingDecisionNumber\":\"包公昆立字〔2026〕61号\",\"decisionPeriod\":\"DAYS_7\"}");
        assertProblem(filing, 422, "unprocessable");
        assertThat(json(filing).read("$.code", String.class)).isEqualTo("INVALID_CONTENT");
    }

    @Test
    void imposesTheAdministrativePenaltyOnceTheRefusalToFileIsUpheld() throws Exception {
        String id = notFiledInLinhe();
        assertOk(post(naturalResources, "wang.fang", "/api/referrals/" + id + "/reconsideration-requests", key(),
                "{\"grounds\":\"占用耕地面积已达立案标准\"}"), "RECONSIDERATION_REQUESTED");
        awaitStatus(police, "sun.lei", id, "RECONSIDERATION_REQUESTED");
        assertOk(post(police, "sun.lei", "/api/referrals/" + id + "/reconsideration-decision", key(),
                "{\"outcome\":\"UPHELD\",\"reasons\":\"维持不予立案决定\"}"), "NOT_FILED_UPHELD");
        awaitStatus(naturalResources, "wang.fang", id, "NOT_FILED_UPHELD");
        assertOk(post(naturalResources, "wang.fang", "/api/referrals/" + id + "/administrative-penalty", key(),
                "{\"decisionNumber\":\"巴自然资罚〔2026〕8号\",\"decidedOn\":\"2026-03-20\",\"fineFen\":1500000,"
                        + "\"description\":\"责令退还土地，罚款一万五千元\"}"), "PENALTY_IMPOSED");

        DocumentContext penalized = awaitStatus(police, "sun.lei", id, "PENALTY_IMPOSED");
        assertThat(penalized.read("$.summary.sender", String.class)).isEqualTo("NATURAL_RESOURCES:150800");
        assertThat(penalized.read("$.timeline[*].eventType", List.class)).containsExactly("ReferralSubmitted",
                "ReceiptSigned", "CaseNotFiled", "ReconsiderationRequested", "ReconsiderationDecided",
                "AdministrativePenaltyImposed");
        assertThat(penalized.read("$.timeline[*].verdict", List.class)).containsOnly("ACCEPTED");
        assertThat(penalized.read("$.timeline[5].content.fineFen", Long.class)).isEqualTo(1_500_000L);
    }

    @Test
    void asksTheProcuratorateToSuperviseARefusalAndThePoliceExplain() throws Exception {
        String id = notFiledInLinhe();
        String supervision = "/api/referrals/" + id + "/supervision-requests";
        assertProblem(post(naturalResources, "wang.fang", supervision, key(),
                "{\"procuratorate\":\"COURT:150800\",\"grounds\":\"不予立案理由不成立\"}"), 400, "invalid-request");
        assertOk(post(naturalResources, "wang.fang", supervision, key(),
                "{\"procuratorate\":\"PROCURATORATE:150800\",\"grounds\":\"不予立案理由不成立\"}"), "SUPERVISION_REQUESTED");
        awaitStatus(police, "sun.lei", id, "SUPERVISION_REQUESTED");
        assertOk(post(police, "sun.lei", "/api/referrals/" + id + "/explanation", key(),
                "{\"explanation\":\"涉案面积未达立案标准\"}"), "EXPLANATION_PROVIDED");
    }

    @Test
    void forwardsAReferralOnlyToAPoliceUnitWhoseInboxItThenJoins() throws Exception {
        String id = json(post(forestry, "zhang.xiaoming", "/api/referrals", key(), referral("150203")))
                .read("$.summary.referralId");
        awaitInbox("li.wei", id);
        String forwarding = "/api/referrals/" + id + "/forwarding";
        assertProblem(post(police, "li.wei", forwarding, key(), "{\"to\":\"FORESTRY:150200\",\"reason\":\"非本单位管辖\"}"),
                400, "invalid-request");
        assertProblem(post(police, "li.wei", forwarding, key(), "{\"to\":\"POLICE:159999\",\"reason\":\"非本单位管辖\"}"),
                400, "invalid-request");

        HttpResponse<String> forwarded = post(police, "li.wei", forwarding, key(),
                "{\"to\":\"POLICE:150200\",\"reason\":\"案情重大，由市局管辖\"}");
        assertThat(forwarded.statusCode()).as(forwarded.body()).isEqualTo(200);
        assertThat(json(forwarded).read("$.forwardedTo", String.class)).isEqualTo("POLICE:150200");

        awaitInbox("zhao.gang", id);
        assertThat(json(get(police, "li.wei", "/api/inbox?size=100")).read("$.items[*].referralId", List.class))
                .doesNotContain(id);
        assertThat(get(police, "li.wei", "/api/referrals/" + id).statusCode()).isEqualTo(404);
        assertThat(awaitStatus(forestry, "zhang.xiaoming", id, "SUBMITTED").read("$.summary.receiver", String.class))
                .isEqualTo("POLICE:150200");
    }

    /** A natural resources referral in Linhe that the Linhe police received and did not file (MINOR). */
    private static String notFiledInLinhe() throws Exception {
        HttpResponse<String> submitted = post(naturalResources, "wang.fang", "/api/referrals", key(), referral("150802"));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String id = json(submitted).read("$.summary.referralId");
        assertThat(json(submitted).read("$.summary.receiver", String.class)).isEqualTo("POLICE:150802");
        awaitInbox("sun.lei", id);
        assertOk(post(police, "sun.lei", "/api/referrals/" + id + "/receipt", key(), "{\"receiptNumber\":\"巴公临回〔2026〕3号\"}"),
                "RECEIVED");
        assertOk(post(police, "sun.lei", "/api/referrals/" + id + "/non-filing", key(),
                "{\"reasonCode\":\"MINOR\",\"reasons\":\"情节显著轻微\",\"decisionPeriod\":\"DAYS_3\",\"filesReturned\":true}"),
                "NOT_FILED");
        awaitStatus(naturalResources, "wang.fang", id, "NOT_FILED");
        return id;
    }

    private static String referral(String division) {
        return """
                {"type":"THRESHOLD_MET","handlingCode":"H1",
                 "caseData":{"administrativeCaseNumber":"包昆林立〔2026〕576号","cause":"%s",
                   "suspectedOffence":{"article":345,"paragraph":2,"description":"滥伐林木，数量较大"},
                   "quantities":{"timberVolumeM3":38.6,"treeCount":345},
                   "location":{"divisionCode":"%s","address":"包头市昆都仑区卜尔汉图镇阿都赖村北山","latitude":40.7421,"longitude":109.7903}},
                 "parties":[{"kind":"PERSON","name":"林木","idNumber":"150203198805120035","phone":"13847200000"}],
                 "documents":[%s],
                 "evidence":[%s]}
                """.formatted(CAUSE, division, document("TRANSFER_LETTER"), EVIDENCE);
    }

    private static String document(String type) {
        return "{\"type\":\"%s\",\"number\":\"包林移〔2026〕12号\",\"issuer\":\"包头市昆都仑区林业和草原局\",\"issuedOn\":\"2026-03-03\",\"sha256\":\"%s\",\"uri\":\"casebridge://forestry/150203/documents/95086\"}"
                .formatted(type, SHA);
    }

    private static DocumentContext awaitInbox(String policeUser, String id) throws Exception {
        return awaitUntil(() -> json(get(police, policeUser, "/api/inbox?status=SUBMITTED&size=100")),
                inbox -> !inbox.read("$.items[?(@.referralId == '" + id + "')]", List.class).isEmpty());
    }

    private static long total(ConfigurableApplicationContext service, String user) throws Exception {
        return json(get(service, user, "/api/referrals")).read("$.totalElements", Long.class);
    }

    private static void assertOk(HttpResponse<String> response, String status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).read("$.summary.status", String.class)).isEqualTo(status);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).read("$.type", String.class)).endsWith("/" + slug);
    }
}
