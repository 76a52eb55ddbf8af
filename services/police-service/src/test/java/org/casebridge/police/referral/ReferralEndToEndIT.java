package org.casebridge.police.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.casebridge.exchange.directory.AgencyDirectory;
import org.casebridge.exchange.directory.AgencyKeys;
import org.casebridge.exchange.testing.ApicurioRegistry;
import org.casebridge.exchange.testing.ApicurioRegistryExtension;
import org.casebridge.police.PoliceApplication;
import org.casebridge.referraltest.ForestryTestApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A referral from end to end through the REST APIs of two services on one broker and one registry: a forestry
 * bureau (FORESTRY:150200) refers a case in Kundulun (150203); the Kundulun police unit sees it in its inbox,
 * signs the receipt, asks for a supplement, gets it and files the case; the bureau reads it back as FILED with
 * the whole timeline. Each service keeps its own projection (its own in-memory H2) from the log.
 */
@ExtendWith(ApicurioRegistryExtension.class)
@EmbeddedKafka(partitions = 1, topics = {"referrals", "referrals.dlt"})
class ReferralEndToEndIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PASSWORD = "end-to-end";
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String CAUSE = "涉嫌滥伐林木（油松38.6立方米）";

    private static ConfigurableApplicationContext forestry;
    private static ConfigurableApplicationContext police;

    @BeforeAll
    static void startServices(ApicurioRegistry registry) throws IOException {
        Path keys = Files.createTempDirectory("referral-e2e-keys");
        AgencyKeys.generateMissing(AgencyDirectory.bundled(), keys);
        EmbeddedKafkaBroker broker = EmbeddedKafkaCondition.getBroker();
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        Map<String, Object> common = Map.of(
                "server.port", 0,
                "spring.kafka.bootstrap-servers", broker.getBrokersAsString(),
                "casebridge.registry-url", registry.url(),
                "casebridge.keys-dir", keys.toString(),
                "casebridge.data-dir", keys.toString());
        forestry = start(ForestryTestApplication.class, common, "forestry-e2e", "FORESTRY",
                List.of(user("zhang.xiaoming", "张晓明", "FORESTRY:150200", hash)));
        police = start(PoliceApplication.class, common, "police-e2e", "POLICE",
                List.of(user("li.wei", "李伟", "POLICE:150203", hash), user("zhao.gang", "赵刚", "POLICE:150200", hash)));
    }

    @AfterAll
    static void stopServices() {
        if (police != null) {
            police.close();
        }
        if (forestry != null) {
            forestry.close();
        }
    }

    @Test
    void carriesAReferralFromSubmissionToFilingAndShowsTheWholeTimeline() throws Exception {
        HttpResponse<String> submitted = post(forestry, "zhang.xiaoming", "/api/referrals", key(), referral("150203"));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String id = json(submitted).read("$.summary.referralId");
        assertThat(id).startsWith("RF-150203-");
        assertThat(json(submitted).read("$.caseData.cause", String.class)).isEqualTo(CAUSE);

        DocumentContext inbox = awaitInbox(id);
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

        HttpResponse<String> withdrawal = post(forestry, "zhang.xiaoming", "/api/referrals/" + id + "/withdrawal", key(),
                "{\"reason\":\"当事人主动补植\"}");
        assertThat(withdrawal.statusCode()).isEqualTo(409);
        assertThat(json(withdrawal).read("$.code", String.class)).isEqualTo("ILLEGAL_TRANSITION");

        assertThat(get(police, "zhao.gang", "/api/referrals/" + id).statusCode()).isEqualTo(404);
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
        awaitInbox(id);
        assertOk(post(police, "li.wei", "/api/referrals/" + id + "/receipt", key(), "{\"receiptNumber\":\"包公昆回〔2026〕13号\"}"),
                "RECEIVED");
        HttpResponse<String> filing = post(police, "li.wei", "/api/referrals/" + id + "/filing", key(),
                "{\"filingDecisionNumber\":\"包公昆立字〔2026〕61号\",\"decisionPeriod\":\"DAYS_7\"}");
        assertProblem(filing, 422, "unprocessable");
        assertThat(json(filing).read("$.code", String.class)).isEqualTo("INVALID_CONTENT");
    }

    private static ConfigurableApplicationContext start(Class<?> app, Map<String, Object> common, String name,
                                                        String agencyType, List<Map<String, String>> users) {
        Map<String, Object> properties = new HashMap<>(common);
        properties.put("spring.application.name", name);
        properties.put("spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        properties.put("casebridge.agency-type", agencyType);
        for (int i = 0; i < users.size(); i++) {
            for (Map.Entry<String, String> field : users.get(i).entrySet()) {
                properties.put("casebridge.security.users[" + i + "]." + field.getKey(), field.getValue());
            }
        }
        // Command-line arguments: they win over the application.yml on the class path (the police service's).
        return new SpringApplicationBuilder(app).run(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new));
    }

    private static Map<String, String> user(String username, String name, String unit, String hash) {
        return Map.of("username", username, "name", name, "unit", unit, "password-hash", hash, "roles[0]", "OFFICER");
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
                 "evidence":[{"description":"油松原木","quantity":38.6,"unit":"m³","custodian":"林草局涉案财物保管室","storageLocation":"二号库房","perishable":false}]}
                """.formatted(CAUSE, division, document("TRANSFER_LETTER"));
    }

    private static String document(String type) {
        return "{\"type\":\"%s\",\"number\":\"包林移〔2026〕12号\",\"issuer\":\"包头市昆都仑区林业和草原局\",\"issuedOn\":\"2026-03-03\",\"sha256\":\"%s\",\"uri\":\"casebridge://forestry/150203/documents/95086\"}"
                .formatted(type, SHA);
    }

    private static DocumentContext awaitInbox(String id) throws Exception {
        return awaitUntil(() -> json(get(police, "li.wei", "/api/inbox?status=SUBMITTED&size=100")),
                inbox -> !inbox.read("$.items[?(@.referralId == '" + id + "')]", List.class).isEmpty());
    }

    private static DocumentContext awaitStatus(ConfigurableApplicationContext service, String user, String id,
                                               String status) throws Exception {
        return awaitUntil(() -> {
            HttpResponse<String> response = get(service, user, "/api/referrals/" + id);
            return response.statusCode() == 200 ? json(response) : JsonPath.parse("{}");
        }, view -> status.equals(view.read("$.summary.status", String.class)));
    }

    private static DocumentContext awaitUntil(Read read, java.util.function.Predicate<DocumentContext> done) {
        DocumentContext[] last = new DocumentContext[1];
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            try {
                last[0] = read.read();
                return done.test(last[0]);
            } catch (com.jayway.jsonpath.PathNotFoundException e) {
                return false;
            }
        });
        return last[0];
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

    private static HttpResponse<String> post(ConfigurableApplicationContext service, String user, String path,
                                             String idempotencyKey, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(service, user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext service, String user, String path)
            throws IOException, InterruptedException {
        return HTTP.send(request(service, user, path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(ConfigurableApplicationContext service, String user, String path) {
        String port = service.getEnvironment().getProperty("local.server.port");
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static DocumentContext json(HttpResponse<String> response) {
        return JsonPath.parse(response.body());
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @FunctionalInterface
    private interface Read {
        DocumentContext read() throws Exception;
    }
}
