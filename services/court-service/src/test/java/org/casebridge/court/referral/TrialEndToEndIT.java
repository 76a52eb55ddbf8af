package org.casebridge.court.referral;

import static org.casebridge.exchange.testing.ServiceContexts.officer;
import static org.casebridge.exchange.testing.ServiceRequests.awaitStatus;
import static org.casebridge.exchange.testing.ServiceRequests.awaitUntil;
import static org.casebridge.exchange.testing.ServiceRequests.get;
import static org.casebridge.exchange.testing.ServiceRequests.json;
import static org.casebridge.exchange.testing.ServiceRequests.key;
import static org.casebridge.exchange.testing.ServiceRequests.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.referral.CaseFiled;
import org.casebridge.contracts.referral.CaseSubmittedForTrial;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.casebridge.contracts.referral.ReceiptSigned;
import org.casebridge.court.CourtApplication;
import org.casebridge.exchange.directory.AgencyUnit;
import org.casebridge.exchange.referral.command.ReferralCommands;
import org.casebridge.exchange.referral.query.ReferralQueries;
import org.casebridge.exchange.security.Caller;
import org.casebridge.exchange.security.Role;
import org.casebridge.exchange.testing.ServiceContexts;
import org.casebridge.exchange.testing.ApicurioRegistry;
import org.casebridge.exchange.testing.ApicurioRegistryExtension;
import org.casebridge.referraltest.AgencyTestApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * A referral from submission to judgment and the judicial suggestion's answer, across three services on one
 * broker and one registry: a forestry bureau (FORESTRY:150200) refers a case in Kundulun (150203); the Kundulun
 * police unit receives it, files it and submits it to the Baotou intermediate court (COURT:150200), which judges
 * it and sends the bureau a judicial suggestion that the bureau answers. The police unit acts through its
 * context's command path (the court service does not depend on the police service, so its controllers are not
 * here); forestry and the court act through their REST APIs. Each keeps its own projection from the log.
 */
@ExtendWith(ApicurioRegistryExtension.class)
@EmbeddedKafka(partitions = 1, topics = {"referrals", "referrals.dlt"})
class TrialEndToEndIT {

    private static final String SENTENCE = "有期徒刑一年六个月";
    private static final String REFERRAL = """
            {"type":"THRESHOLD_MET","handlingCode":"H1",
             "caseData":{"administrativeCaseNumber":"包昆林立〔2026〕577号","cause":"涉嫌滥伐林木",
               "suspectedOffence":{"article":345,"paragraph":2,"description":"滥伐林木，数量较大"},
               "location":{"divisionCode":"150203","address":"包头市昆都仑区卜尔汉图镇阿都赖村北山"}},
             "parties":[{"kind":"PERSON","name":"林木","idNumber":"150203198805120035"}]}
            """;

    private static final Caller POLICE_OFFICER = new Caller("li.wei", "李伟", AgencyUnit.refOf("POLICE:150203"),
            Set.of(Role.OFFICER));

    private static ConfigurableApplicationContext forestry;
    private static ConfigurableApplicationContext police;
    private static ConfigurableApplicationContext court;

    @BeforeAll
    static void startServices(ApicurioRegistry registry) throws IOException {
        ServiceContexts services = ServiceContexts.on(registry);
        forestry = services.start(AgencyTestApplication.class, "forestry-trial-e2e", "FORESTRY",
                List.of(officer("zhang.xiaoming", "张晓明", "FORESTRY:150200")));
        police = services.start(AgencyTestApplication.class, "police-trial-e2e", "POLICE", List.of());
        court = services.start(CourtApplication.class, "court-trial-e2e", "COURT",
                List.of(officer("wang.fang", "王芳", "COURT:150200"), officer("sun.li", "孙丽", "COURT:150800")));
    }

    @AfterAll
    static void stopServices() {
        ServiceContexts.closeAll(court, police, forestry);
    }

    @Test
    void carriesAReferralFromTrialSubmissionToJudgmentAndAnAnsweredSuggestion() throws Exception {
        String id = submittedForTrial();

        HttpResponse<String> judgment = post(court, "wang.fang", "/api/referrals/" + id + "/judgment", key(), """
                {"judgmentNumber":"（2026）内02刑初18号","verdict":"GUILTY","sentence":"%s",
                 "fineFen":500000,"administrativeFineOffsetFen":120000,"issuedOn":"2026-06-18"}""".formatted(SENTENCE));
        assertStatus(judgment, "JUDGED");

        DocumentContext judged = awaitStatus(forestry, "zhang.xiaoming", id, "JUDGED");
        assertThat(judged.read("$.timeline[*].eventType", List.class)).containsExactly("ReferralSubmitted",
                "ReceiptSigned", "CaseFiled", "CaseSubmittedForTrial", "JudgmentIssued");
        assertThat(judged.read("$.timeline[4].content.sentence", String.class)).isEqualTo(SENTENCE);
        assertThat(judged.read("$.timeline[4].content.fineFen", Long.class)).isEqualTo(500_000L);

        assertStatus(post(court, "wang.fang", "/api/referrals/" + id + "/judicial-suggestions", key(), """
                {"addressee":"FORESTRY:150200","suggestionNumber":"（2026）内02司建3号",
                 "content":"建议加强林木采伐许可的事后核查","replyDue":"2026-08-18"}"""), "JUDGED");
        awaitUntil(() -> view(forestry, "zhang.xiaoming", id),
                view -> view.read("$.timeline[*].eventType", List.class).contains("JudicialSuggestionIssued"));

        HttpResponse<String> answer = post(forestry, "zhang.xiaoming", "/api/referrals/" + id + "/suggestion-answers", key(),
                "{\"suggestionNumber\":\"（2026）内02司建3号\",\"answer\":\"已建立采伐许可季度核查制度\"}");
        assertStatus(answer, "JUDGED");
        assertThat(json(answer).read("$.timeline[-1].eventType", String.class)).isEqualTo("SuggestionAnswered");
        assertThat(json(answer).read("$.timeline[-1].verdict", String.class)).isEqualTo("ACCEPTED");

        HttpResponse<String> again = post(forestry, "zhang.xiaoming", "/api/referrals/" + id + "/suggestion-answers", key(),
                "{\"suggestionNumber\":\"（2026）内02司建3号\",\"answer\":\"再次答复\"}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    }

    @Test
    void hidesTheCaseFromOtherCourtsAndRefusesWhatACourtMayNotDo() throws Exception {
        String id = submittedForTrial();

        assertThat(get(court, "sun.li", "/api/referrals/" + id).statusCode()).isEqualTo(404);
        assertThat(json(get(court, "sun.li", "/api/inbox?size=100")).read("$.items[*].referralId", List.class))
                .doesNotContain(id);
        assertThat(post(court, "wang.fang", "/api/referrals/" + id + "/filing", key(),
                "{\"filingDecisionNumber\":\"包中法立〔2026〕1号\",\"decisionPeriod\":\"DAYS_3\"}").statusCode()).isIn(404, 405);

        HttpResponse<String> noVerdict = post(court, "wang.fang", "/api/referrals/" + id + "/judgment", key(),
                "{\"judgmentNumber\":\"（2026）内02刑初19号\",\"sentence\":\"" + SENTENCE + "\",\"issuedOn\":\"2026-06-18\"}");
        assertThat(noVerdict.statusCode()).as(noVerdict.body()).isEqualTo(400);
        assertThat(noVerdict.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(noVerdict).read("$.type", String.class)).endsWith("/invalid-request");
        assertThat(json(noVerdict).read("$.errors[*].field", List.class)).contains("verdict");
        assertThat(view(court, "wang.fang", id).read("$.summary.status", String.class)).isEqualTo("SUBMITTED_FOR_TRIAL");
    }

    /** A referral the forestry bureau submitted and the police unit filed and submitted to COURT:150200. */
    private static String submittedForTrial() throws Exception {
        HttpResponse<String> submitted = post(forestry, "zhang.xiaoming", "/api/referrals", key(), REFERRAL);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String id = json(submitted).read("$.summary.referralId");

        ReferralQueries policeView = police.getBean(ReferralQueries.class);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> policeView.visibleTo(POLICE_OFFICER, id) != null);
        actAsPolice(id, "receipt", meta -> ReceiptSigned.newBuilder().setMeta(meta)
                .setReceiptNumber("包公昆回〔2026〕21号").build());
        actAsPolice(id, "filing", meta -> CaseFiled.newBuilder().setMeta(meta)
                .setFilingDecisionNumber("包公昆立字〔2026〕70号").setDecisionPeriod(DecisionPeriod.DAYS_3).build());
        actAsPolice(id, "trial-submission", meta -> CaseSubmittedForTrial.newBuilder().setMeta(meta)
                .setCourt(AgencyUnit.refOf("COURT:150200")).setIndictmentNumber("包昆检刑诉〔2026〕33号").build());

        DocumentContext inbox = awaitUntil(() -> json(get(court, "wang.fang", "/api/inbox?size=100")),
                page -> !page.read("$.items[?(@.referralId == '" + id + "')]", List.class).isEmpty());
        assertThat(inbox.read("$.items[?(@.referralId == '" + id + "')].status", List.class))
                .containsExactly("SUBMITTED_FOR_TRIAL");
        return id;
    }

    /** The police unit's command, through the same command path its controllers use. */
    private static void actAsPolice(String id, String command, Function<EventMeta, SpecificRecord> event) {
        police.getBean(ReferralCommands.class).act(POLICE_OFFICER, key(), command, id, Map.of("command", command), event);
    }

    private static DocumentContext view(ConfigurableApplicationContext service, String user, String id) throws Exception {
        HttpResponse<String> response = get(service, user, "/api/referrals/" + id);
        return response.statusCode() == 200 ? json(response) : JsonPath.parse("{}");
    }

    private static void assertStatus(HttpResponse<String> response, String status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).read("$.summary.status", String.class)).isEqualTo(status);
    }
}
