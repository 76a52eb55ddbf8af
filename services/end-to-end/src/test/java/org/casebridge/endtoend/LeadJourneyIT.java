package org.casebridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.platform.testing.ServiceContexts.officer;
import static org.casebridge.platform.testing.ServiceRequests.awaitUntil;
import static org.casebridge.platform.testing.ServiceRequests.get;
import static org.casebridge.platform.testing.ServiceRequests.json;
import static org.casebridge.platform.testing.ServiceRequests.key;
import static org.casebridge.platform.testing.ServiceRequests.post;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.casebridge.forestry.ForestryApplication;
import org.casebridge.naturalresources.NaturalResourcesApplication;
import org.casebridge.platform.testing.ApicurioRegistry;
import org.casebridge.platform.testing.ApicurioRegistryExtension;
import org.casebridge.platform.testing.ServiceContexts;
import org.casebridge.police.PoliceApplication;
import org.casebridge.sender.referral.SenderAutoConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Leads (线索通报) from end to end through the REST APIs of three services on one broker and one registry: the
 * Baotou forestry bureau raises a lead of night-time logging in Kundulun to the Kundulun police and the Baotou
 * natural resources bureau; the police acknowledge, investigate and report the outcome back; the Bayannur natural
 * resources bureau raises a lead of sand mining to every agency covering Linhe, and the Bayannur forestry bureau's
 * later report of the same patch is merged into it. Each service keeps its own lead projection from the log.
 */
@ExtendWith(ApicurioRegistryExtension.class)
@EmbeddedKafka(partitions = 2, topics = {"referrals", "referrals.dlt", "leads", "leads.dlt"})
class LeadJourneyIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NIGHT_LOGGING = "夜间巡查发现有人在卜尔汉图镇北山盗伐油松，现场留有油锯和新鲜伐桩";

    private static ConfigurableApplicationContext forestry;
    private static ConfigurableApplicationContext naturalResources;
    private static ConfigurableApplicationContext police;

    @BeforeAll
    static void startServices(ApicurioRegistry registry) {
        ServiceContexts services = ServiceContexts.on(registry);
        forestry = services.start(ForestryApplication.class, "forestry-leads", "FORESTRY",
                List.of(officer("zhang.xiaoming", "张晓明", "FORESTRY:150200"), officer("li.na", "李娜", "FORESTRY:150800")));
        naturalResources = services.start(NaturalResourcesApplication.class, "natural-resources-leads",
                "NATURAL_RESOURCES", List.of(officer("wang.fang", "王芳", "NATURAL_RESOURCES:150200"),
                        officer("liu.yang", "刘洋", "NATURAL_RESOURCES:150800")));
        police = services.without(SenderAutoConfiguration.class).start(PoliceApplication.class, "police-leads",
                "POLICE", List.of(officer("li.wei", "李伟", "POLICE:150203"), officer("zhao.gang", "赵刚", "POLICE:150200"),
                        officer("sun.lei", "孙磊", "POLICE:150802")));
    }

    @AfterAll
    static void stopServices() {
        ServiceContexts.closeAll(police, naturalResources, forestry);
    }

    @Test
    void raisesALeadToSeveralAgenciesAndReportsTheOutcomeBackToTheNotifier() throws Exception {
        HttpResponse<String> raised = post(forestry, "zhang.xiaoming", "/api/leads", key(),
                nightLogging(unique("TB"), "\"units\": [\"POLICE:150203\", \"NATURAL_RESOURCES:150200\"]"));
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        String id = json(raised).read("$.summary.leadId");
        assertThat(id).startsWith("LD-150203-");
        assertThat(raised.headers().firstValue("Location")).contains("/api/leads/" + id);
        assertThat(json(raised).read("$.summary.status", String.class)).isEqualTo("NOTIFIED");
        assertThat(json(raised).read("$.description", String.class)).isEqualTo(NIGHT_LOGGING);
        assertThat(json(raised).read("$.summary.addressees", List.class)).containsExactly("POLICE:150203",
                "NATURAL_RESOURCES:150200");

        DocumentContext received = awaitUntil(() -> json(get(police, "li.wei", "/api/leads/received?status=NOTIFIED")),
                page -> page.read("$.items[*].leadId", List.class).contains(id));
        assertThat(received.read("$.items[?(@.leadId == '" + id + "')].notifier", List.class)).containsExactly("FORESTRY:150200");
        assertStatus(post(police, "li.wei", "/api/leads/" + id + "/acknowledgement", key(), "{\"note\":\"已收到，立即核查\"}"),
                "ACKNOWLEDGED");
        assertProblem(post(police, "li.wei", "/api/leads/" + id + "/acknowledgement", key(), "{}"), 409, "WRONG_ACTOR");
        assertStatus(post(police, "li.wei", "/api/leads/" + id + "/investigation", key(), "{\"note\":\"已派员勘查现场\"}"),
                "INVESTIGATING");
        assertProblem(post(police, "li.wei", "/api/leads/" + id + "/outcome", key(),
                "{\"outcome\":\"FILED\",\"details\":\"已立案侦查\"}"), 422, "INVALID_CONTENT");
        assertStatus(post(police, "li.wei", "/api/leads/" + id + "/outcome", key(),
                "{\"outcome\":\"FILED\",\"details\":\"已立案侦查\",\"filingDecisionNumber\":\"包公昆立字〔2026〕71号\"}"),
                "OUTCOME_REPORTED");

        DocumentContext reported = awaitStatus(forestry, "zhang.xiaoming", id, "OUTCOME_REPORTED");
        assertThat(reported.read("$.summary.outcome", String.class)).isEqualTo("FILED");
        assertThat(reported.read("$.summary.investigator", String.class)).isEqualTo("POLICE:150203");
        assertThat(reported.read("$.timeline[*].eventType", List.class)).containsExactly("LeadNotified",
                "LeadAcknowledged", "LeadInvestigationStarted", "LeadOutcomeReported");
        assertThat(reported.read("$.timeline[3].content.filingDecisionNumber", String.class)).isEqualTo("包公昆立字〔2026〕71号");
        assertThat(reported.read("$.suspects[0].idNumber", String.class)).startsWith("15020319880512");

        DocumentContext copy = awaitStatus(naturalResources, "wang.fang", id, "OUTCOME_REPORTED");
        assertThat(copy.read("$.suspects[0].name", String.class)).isEqualTo("林木生");
        assertThat(get(police, "zhao.gang", "/api/leads/" + id).statusCode()).isEqualTo(404);
        assertThat(json(get(police, "zhao.gang", "/api/leads/received")).read("$.items[*].leadId", List.class))
                .doesNotContain(id);
    }

    @Test
    void mergesALaterReportOfTheSamePatchIntoTheFirstAndCreditsTheFirstNotifier() throws Exception {
        String patch = unique("150802-2026-TB");
        HttpResponse<String> first = post(naturalResources, "liu.yang", "/api/leads", key(), sandMining(patch,
                "\"divisionCode\": \"150802\""));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String firstId = json(first).read("$.summary.leadId");
        assertThat(json(first).read("$.summary.addressees", List.class)).containsExactly("FORESTRY:150800", "POLICE:150802");
        assertThat(json(first).read("$.regionCode", String.class)).isEqualTo("150802");

        awaitStatus(forestry, "li.na", firstId, "NOTIFIED");
        HttpResponse<String> second = post(forestry, "li.na", "/api/leads", key(), sandMining(patch,
                "\"units\": [\"POLICE:150802\"]"));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(json(second).read("$.summary.status", String.class)).isEqualTo("MERGED");
        assertThat(json(second).read("$.summary.mergedInto", String.class)).isEqualTo(firstId);
        String secondId = json(second).read("$.summary.leadId");

        DocumentContext credited = awaitUntil(() -> json(get(naturalResources, "liu.yang", "/api/leads/" + firstId)),
                lead -> !lead.read("$.duplicates", List.class).isEmpty());
        assertThat(credited.read("$.summary.notifier", String.class)).isEqualTo("NATURAL_RESOURCES:150800");
        assertThat(credited.read("$.duplicates[0].leadId", String.class)).isEqualTo(secondId);
        assertThat(credited.read("$.duplicates[0].notifier", String.class)).isEqualTo("FORESTRY:150800");
        assertThat(credited.read("$.duplicates[0].matchedOn", String.class)).isEqualTo("PATCH");
        assertThat(awaitStatus(police, "sun.lei", secondId, "MERGED").read("$.summary.mergedInto", String.class))
                .isEqualTo(firstId);
        assertProblem(post(police, "sun.lei", "/api/leads/" + secondId + "/acknowledgement", key(), "{}"), 409,
                "ILLEGAL_TRANSITION");
    }

    @Test
    void answersARetryWithTheSameKeyWithTheLeadItRaisedOnce() throws Exception {
        String key = key();
        String body = nightLogging(unique("TB"), "\"units\": [\"POLICE:150203\"]");
        HttpResponse<String> first = post(forestry, "zhang.xiaoming", "/api/leads", key, body);
        HttpResponse<String> retry = post(forestry, "zhang.xiaoming", "/api/leads", key, body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(json(retry).read("$.summary.leadId", String.class)).isEqualTo(json(first).read("$.summary.leadId", String.class));
        assertThat(json(retry).read("$.timeline.length()", Integer.class)).isEqualTo(1);
        assertProblem(post(forestry, "zhang.xiaoming", "/api/leads", key, body.replace("北山", "南山")), 422, null);
    }

    @Test
    void convertsALeadIntoTheReferralItBecameAndRefusesAnUnknownReferral() throws Exception {
        String id = json(post(forestry, "zhang.xiaoming", "/api/leads", key(),
                nightLogging(unique("TB"), "\"units\": [\"POLICE:150203\"]"))).read("$.summary.leadId");
        HttpResponse<String> referral = post(forestry, "zhang.xiaoming", "/api/referrals", key(), """
                {"type": "REASONABLE_SUSPICION", "caseData": {"administrativeCaseNumber": "包昆林立〔2026〕601号",
                  "cause": "涉嫌盗伐林木", "suspectedOffence": {"article": 345, "paragraph": 1, "description": "盗伐林木"},
                  "location": {"divisionCode": "150203", "address": "包头市昆都仑区卜尔汉图镇北山"}}}""");
        assertThat(referral.statusCode()).as(referral.body()).isEqualTo(201);
        String referralId = json(referral).read("$.summary.referralId");

        HttpResponse<String> unknown = post(forestry, "zhang.xiaoming", "/api/leads/" + id + "/conversion", key(),
                "{\"referralId\":\"RF-150203-2026-999999\"}");
        assertProblem(unknown, 400, null);
        assertThat(json(unknown).read("$.errors[0].field", String.class)).isEqualTo("referralId");
        HttpResponse<String> converted = post(forestry, "zhang.xiaoming", "/api/leads/" + id + "/conversion", key(),
                "{\"referralId\":\"" + referralId + "\"}");
        assertStatus(converted, "CONVERTED_TO_REFERRAL");
        assertThat(json(converted).read("$.summary.referralId", String.class)).isEqualTo(referralId);
        assertProblem(post(police, "li.wei", "/api/leads/" + id + "/conversion", key(),
                "{\"referralId\":\"" + referralId + "\"}"), 409, null);
    }

    @Test
    void refusesBadRequestsWithProblemsAndPublishesNothing() throws Exception {
        long sent = sentCount();
        String valid = nightLogging(unique("TB"), "\"units\": [\"POLICE:150203\"]");
        assertProblemType(post(forestry, "zhang.xiaoming", "/api/leads", key(), "{\"description\":"), 400, "malformed-request");
        assertProblemType(post(forestry, "zhang.xiaoming", "/api/leads", key(), "{\"description\":\"只有描述\"}"), 400,
                "invalid-request");
        assertProblemType(post(forestry, "zhang.xiaoming", "/api/leads", key(), valid.replace("\"H1\"", "\"H9\"")), 400,
                "malformed-request");
        assertProblemType(post(forestry, "zhang.xiaoming", "/api/leads", key(), valid.replace("\"150203\"", "\"159999\"")),
                400, "invalid-request");
        assertProblemType(post(forestry, "zhang.xiaoming", "/api/leads", key(), valid.replace("POLICE:150203", "POLICE:159999")),
                400, "invalid-request");
        assertProblemType(post(forestry, "zhang.xiaoming", "/api/leads", key(), valid.replace("\"units\": [\"POLICE:150203\"]",
                "\"units\": [\"POLICE:150203\"], \"divisionCode\": \"150203\"")), 400, "invalid-request");
        assertProblemType(post(forestry, "zhang.xiaoming", "/api/leads", key(), valid.replace("POLICE:150203", "FORESTRY:150200")),
                400, "invalid-request");
        assertProblemType(post(forestry, "zhang.xiaoming", "/api/leads", null, valid), 400, "missing-header");
        HttpResponse<String> restricted = post(forestry, "zhang.xiaoming", "/api/leads", key(), valid.replace("\"H1\"", "\"H3\""));
        assertProblemType(restricted, 422, "unprocessable");
        assertProblemType(get(forestry, "zhang.xiaoming", "/api/leads/LD-150203-2026-000000"), 404, "not-found");
        assertProblemType(post(police, "li.wei", "/api/leads/LD-150203-2026-000000/acknowledgement", key(), "{}"), 404,
                "not-found");
        assertProblemType(get(forestry, "zhang.xiaoming", "/api/leads/received?status=LOST"), 400, null);
        assertThat(sentCount()).isEqualTo(sent);
    }

    private static long sentCount() throws Exception {
        return json(get(forestry, "zhang.xiaoming", "/api/leads/sent")).read("$.totalElements", Long.class);
    }

    private static DocumentContext awaitStatus(ConfigurableApplicationContext service, String user, String id, String status) {
        return awaitUntil(() -> {
            HttpResponse<String> response = get(service, user, "/api/leads/" + id);
            return response.statusCode() == 200 ? json(response) : JsonPath.parse("{}");
        }, lead -> status.equals(lead.read("$.summary.status", String.class)));
    }

    private static void assertStatus(HttpResponse<String> response, String status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).read("$.summary.status", String.class)).isEqualTo(status);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        if (code != null) {
            assertThat(json(response).read("$.code", String.class)).isEqualTo(code);
        }
    }

    private static void assertProblemType(HttpResponse<String> response, int status, String slug) {
        assertProblem(response, status, null);
        if (slug != null) {
            assertThat(json(response).read("$.type", String.class)).endsWith("/" + slug);
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A lead of its own: its patch and its suspect's id number are new, so it duplicates no other test's lead. */
    private static String nightLogging(String patch, String recipients) {
        String suspectId = "15020319880512" + String.format("%04d", RANDOM.nextInt(10_000));
        return """
                {"handlingCode": "H1", "recipients": {%s},
                 "suspectedOffence": {"article": 345, "paragraph": 1, "description": "盗伐林木"},
                 "location": {"divisionCode": "150203", "address": "包头市昆都仑区卜尔汉图镇北山",
                              "latitude": 40.7421, "longitude": 109.7903, "inspectionPatchId": "%s"},
                 "description": "%s",
                 "suspects": [{"kind": "PERSON", "name": "林木生", "idNumber": "%s", "phone": "13847200000"}],
                 "quantities": {"treeCount": 12}}""".formatted(recipients, patch, NIGHT_LOGGING, suspectId);
    }

    private static String sandMining(String patch, String recipients) {
        return """
                {"recipients": {%s},
                 "suspectedOffence": {"article": 343, "description": "非法采砂"},
                 "location": {"divisionCode": "150802", "address": "巴彦淖尔市临河区黄河滩区", "inspectionPatchId": "%s"},
                 "description": "黄河滩区发现无证采砂，现场有挖掘机两台"}""".formatted(recipients, patch);
    }
}
