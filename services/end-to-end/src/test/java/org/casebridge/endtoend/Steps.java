package org.casebridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.endtoend.Agencies.BAOTOU_COURT;
import static org.casebridge.endtoend.Agencies.BAOTOU_FORESTRY;
import static org.casebridge.endtoend.Agencies.BAOTOU_PROCURATOR;
import static org.casebridge.endtoend.Agencies.BAYANNUR_NATURAL_RESOURCES;
import static org.casebridge.endtoend.Agencies.KUNDULUN_POLICE;
import static org.casebridge.endtoend.Agencies.LINHE_POLICE;
import static org.casebridge.endtoend.Answers.assertOk;
import static org.casebridge.endtoend.Referrals.referral;
import static org.casebridge.platform.testing.ServiceRequests.awaitStatus;
import static org.casebridge.platform.testing.ServiceRequests.awaitUntil;
import static org.casebridge.platform.testing.ServiceRequests.get;
import static org.casebridge.platform.testing.ServiceRequests.json;
import static org.casebridge.platform.testing.ServiceRequests.key;
import static org.casebridge.platform.testing.ServiceRequests.post;

import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The steps the end-to-end tests take to bring a referral where a test needs it, each through the REST APIs and
 * each waiting until the services that act next have seen the step.
 */
record Steps(Agencies agencies) {

    static final String RECEIPT = "{\"receiptNumber\":\"包公昆回〔2026〕12号\"}";

    /** The referral {@code body} submitted by {@code user} of {@code sender}; its id. */
    String submitted(ConfigurableApplicationContext sender, String user, String body) throws Exception {
        HttpResponse<String> submitted = post(sender, user, "/api/referrals", key(), body);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        return json(submitted).read("$.summary.referralId");
    }

    /** A Baotou forestry referral of a case in Kundulun, once it is in the Kundulun police unit's inbox. */
    String inKundulunInbox(String body) throws Exception {
        String id = submitted(agencies.forestry(), BAOTOU_FORESTRY, body);
        awaitInbox(agencies.police(), KUNDULUN_POLICE, id);
        return id;
    }

    /** A Baotou forestry referral of {@code handlingCode} that the Kundulun police received, as the bureau sees it. */
    String receivedInKundulun(String handlingCode) throws Exception {
        String id = inKundulunInbox(referral("150203", handlingCode));
        assertOk(post(agencies.police(), KUNDULUN_POLICE, "/api/referrals/" + id + "/receipt", key(), RECEIPT), "RECEIVED");
        awaitStatus(agencies.forestry(), BAOTOU_FORESTRY, id, "RECEIVED");
        return id;
    }

    /** Such a referral, filed and submitted to the Baotou intermediate court, as the court sees it. */
    String submittedForTrial(String handlingCode) throws Exception {
        String id = receivedInKundulun(handlingCode);
        String referral = "/api/referrals/" + id;
        assertOk(post(agencies.police(), KUNDULUN_POLICE, referral + "/filing", key(),
                "{\"filingDecisionNumber\":\"包公昆立字〔2026〕64号\",\"decisionPeriod\":\"DAYS_3\"}"), "FILED");
        assertOk(post(agencies.police(), KUNDULUN_POLICE, referral + "/trial-submission", key(),
                "{\"court\":\"COURT:150200\",\"indictmentNumber\":\"包昆检刑诉〔2026〕64号\"}"), "SUBMITTED_FOR_TRIAL");
        awaitStatus(agencies.court(), BAOTOU_COURT, id, "SUBMITTED_FOR_TRIAL");
        return id;
    }

    /** A Bayannur natural-resources referral in Linhe that the Linhe police received and did not file (MINOR). */
    String notFiledInLinhe() throws Exception {
        String id = submitted(agencies.naturalResources(), BAYANNUR_NATURAL_RESOURCES, referral("150802"));
        String referral = "/api/referrals/" + id;
        DocumentContext inbox = awaitInbox(agencies.police(), LINHE_POLICE, id);
        assertThat(inbox.read("$.items[?(@.referralId == '" + id + "')].receiver", List.class))
                .containsExactly("POLICE:150802");
        assertOk(post(agencies.police(), LINHE_POLICE, referral + "/receipt", key(), "{\"receiptNumber\":\"巴公临回〔2026〕3号\"}"),
                "RECEIVED");
        assertOk(post(agencies.police(), LINHE_POLICE, referral + "/non-filing", key(),
                "{\"reasonCode\":\"MINOR\",\"reasons\":\"情节显著轻微\",\"decisionPeriod\":\"DAYS_3\",\"filesReturned\":true}"),
                "NOT_FILED");
        awaitStatus(agencies.naturalResources(), BAYANNUR_NATURAL_RESOURCES, id, "NOT_FILED");
        return id;
    }

    /** Waits until the referral is in the user's inbox; the inbox then. */
    static DocumentContext awaitInbox(ConfigurableApplicationContext service, String user, String id) {
        return awaitUntil(() -> json(get(service, user, "/api/inbox?size=100")),
                inbox -> !inbox.read("$.items[?(@.referralId == '" + id + "')]", List.class).isEmpty());
    }

    /** The ids in a page of referrals (an inbox or a sender's list). */
    static List<String> ids(HttpResponse<String> page) {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return json(page).read("$.items[*].referralId");
    }

    /**
     * Who reads the Kundulun and Linhe referrals in each service: the Baotou forestry bureau, the Bayannur
     * natural-resources bureau, the Kundulun police and the Baotou court (an open, H0, referral shows to all).
     */
    String reader(ConfigurableApplicationContext service) {
        return service == agencies.forestry() ? BAOTOU_FORESTRY : service == agencies.naturalResources()
                ? BAYANNUR_NATURAL_RESOURCES : service == agencies.police() ? KUNDULUN_POLICE
                : service == agencies.court() ? BAOTOU_COURT : BAOTOU_PROCURATOR;
    }

    /** Such a referral, refused and then put before the Bayannur procuratorate, as the Linhe police see it. */
    String supervisionRequestedInLinhe() throws Exception {
        String id = notFiledInLinhe();
        assertOk(post(agencies.naturalResources(), BAYANNUR_NATURAL_RESOURCES, "/api/referrals/" + id
                + "/supervision-requests", key(), "{\"procuratorate\":\"PROCURATORATE:150800\",\"grounds\":\"不予立案理由不成立\"}"),
                "SUPERVISION_REQUESTED");
        awaitStatus(agencies.police(), LINHE_POLICE, id, "SUPERVISION_REQUESTED");
        return id;
    }

    /** A Kundulun referral judged by the Baotou court with a judicial suggestion to the bureau, as the bureau sees it. */
    String judgedWithSuggestion(String suggestionNumber) throws Exception {
        String id = submittedForTrial("H1");
        String referral = "/api/referrals/" + id;
        assertOk(post(agencies.court(), BAOTOU_COURT, referral + "/judgment", key(), """
                {"judgmentNumber":"（2026）内02刑初71号","verdict":"GUILTY","sentence":"有期徒刑一年",
                 "fineFen":500000,"issuedOn":"2026-06-18"}"""), "JUDGED");
        assertOk(post(agencies.court(), BAOTOU_COURT, referral + "/judicial-suggestions", key(), """
                {"addressee":"FORESTRY:150200","suggestionNumber":"%s",
                 "content":"建议加强林木采伐许可的事后核查","replyDue":"2027-08-18"}""".formatted(suggestionNumber)), "JUDGED");
        awaitUntil(() -> json(get(agencies.forestry(), BAOTOU_FORESTRY, referral)),
                view -> view.read("$.timeline[*].eventType", List.class).contains("JudicialSuggestionIssued"));
        return id;
    }

    /** A lead raised by the Baotou bureau ({@code body}) for the Kundulun police, once the police have it; its id. */
    String leadWithKundulunPolice(String body) throws Exception {
        HttpResponse<String> raised = post(agencies.forestry(), BAOTOU_FORESTRY, "/api/leads", key(), body);
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        String id = json(raised).read("$.summary.leadId");
        awaitUntil(() -> {
            HttpResponse<String> lead = get(agencies.police(), KUNDULUN_POLICE, "/api/leads/" + id);
            return JsonPath.parse(lead.statusCode() == 200 ? lead.body() : "{}");
        }, view -> view.read("$.summary.leadId", String.class).equals(id));
        return id;
    }

    /** The Kundulun police's step on their lead; the status it answered. */
    String leadStep(String id, String command, String body) throws Exception {
        HttpResponse<String> answered = post(agencies.police(), KUNDULUN_POLICE, "/api/leads/" + id + "/" + command,
                key(), body);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        return json(answered).read("$.summary.status");
    }
}
