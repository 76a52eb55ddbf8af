package org.casebridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.endtoend.Agencies.BAOTOU_COURT;
import static org.casebridge.endtoend.Agencies.BAOTOU_FORESTRY;
import static org.casebridge.endtoend.Agencies.BAOTOU_POLICE;
import static org.casebridge.endtoend.Agencies.BAOTOU_PROCURATOR;
import static org.casebridge.endtoend.Agencies.BAYANNUR_NATURAL_RESOURCES;
import static org.casebridge.endtoend.Agencies.BAYANNUR_PROCURATOR;
import static org.casebridge.endtoend.Agencies.KUNDULUN_POLICE;
import static org.casebridge.endtoend.Agencies.LINHE_POLICE;
import static org.casebridge.endtoend.Answers.assertOk;
import static org.casebridge.endtoend.Answers.assertProblem;
import static org.casebridge.endtoend.Answers.assertProblemCode;
import static org.casebridge.endtoend.Answers.assertRefusedWithoutData;
import static org.casebridge.endtoend.Referrals.EVIDENCE;
import static org.casebridge.endtoend.Referrals.document;
import static org.casebridge.endtoend.Referrals.referral;
import static org.casebridge.endtoend.Steps.awaitInbox;
import static org.casebridge.endtoend.Steps.ids;
import static org.casebridge.platform.testing.ServiceRequests.awaitStatus;
import static org.casebridge.platform.testing.ServiceRequests.awaitUntil;
import static org.casebridge.platform.testing.ServiceRequests.get;
import static org.casebridge.platform.testing.ServiceRequests.json;
import static org.casebridge.platform.testing.ServiceRequests.key;
import static org.casebridge.platform.testing.ServiceRequests.post;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.jayway.jsonpath.DocumentContext;
import org.casebridge.procuratorate.clock.DeadlineMonitor;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Referrals from end to end through the REST APIs of the forestry, natural-resources, police and court services,
 * each its own application context with its own projection, on one broker and one registry. A Baotou forestry
 * referral of a case in Kundulun goes to the Kundulun police, through a supplement to filing, evidence handover,
 * trial and judgment, which the bureau then reads; a Bayannur natural-resources referral in Linhe is not filed,
 * contested, upheld and penalised; a withdrawal racing a filing has one winner that every service agrees on; and
 * Chinese text comes back unchanged from every service.
 */
class ReferralJourneyIT extends EndToEndTest {

    private static final String SENTENCE = "有期徒刑一年六个月";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void carriesAForestryReferralThroughTrialToAJudgmentTheBureauSees() throws Exception {
        HttpResponse<String> submitted = post(forestry, BAOTOU_FORESTRY, "/api/referrals", key(), referral("150203"));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String id = json(submitted).read("$.summary.referralId");
        assertThat(id).startsWith("RF-150203-");
        assertThat(json(submitted).read("$.summary.receiver", String.class)).isEqualTo("POLICE:150203");

        DocumentContext inbox = awaitInbox(police, KUNDULUN_POLICE, id);
        assertThat(inbox.read("$.items[?(@.referralId == '" + id + "')].status", List.class)).containsExactly("SUBMITTED");
        assertThat(inbox.read("$.items[?(@.referralId == '" + id + "')].nextDue.kind", List.class)).containsExactly("RECEIPT");

        String referral = "/api/referrals/" + id;
        assertOk(post(police, KUNDULUN_POLICE, referral + "/receipt", key(), "{\"receiptNumber\":\"包公昆回〔2026〕12号\"}"),
                "RECEIVED");
        assertOk(post(police, KUNDULUN_POLICE, referral + "/supplement-requests", key(),
                "{\"missingItems\":[\"林木蓄积量鉴定意见\"],\"notes\":\"请三日内补充\"}"), "SUPPLEMENT_REQUESTED");
        awaitStatus(forestry, BAOTOU_FORESTRY, id, "SUPPLEMENT_REQUESTED");
        assertOk(post(forestry, BAOTOU_FORESTRY, referral + "/supplements", key(),
                "{\"documents\":[" + document("EXPERT_OPINION") + "],\"notes\":\"已补充鉴定意见\"}"), "RECEIVED");
        awaitStatus(police, KUNDULUN_POLICE, id, "RECEIVED");
        assertOk(post(police, KUNDULUN_POLICE, referral + "/filing", key(),
                "{\"filingDecisionNumber\":\"包公昆立字〔2026〕60号\",\"decisionPeriod\":\"DAYS_3\"}"), "FILED");

        awaitStatus(forestry, BAOTOU_FORESTRY, id, "FILED");
        assertOk(post(forestry, BAOTOU_FORESTRY, referral + "/evidence-handovers", key(),
                "{\"items\":[" + EVIDENCE + "],\"handoverList\":" + document("HANDOVER_LIST") + ",\"receivedBy\":\"李伟\"}"),
                "FILED");
        assertProblemCode(post(forestry, BAOTOU_FORESTRY, referral + "/reconsideration-requests", key(),
                "{\"grounds\":\"已立案，不应复议\"}"), 409, "ILLEGAL_TRANSITION");
        assertProblemCode(post(forestry, BAOTOU_FORESTRY, referral + "/withdrawal", key(),
                "{\"reason\":\"当事人主动补植\"}"), 409, "ILLEGAL_TRANSITION");

        assertProblem(post(police, KUNDULUN_POLICE, referral + "/trial-submission", key(),
                "{\"court\":\"POLICE:150200\",\"indictmentNumber\":\"包昆检刑诉〔2026〕88号\"}"), 400, "invalid-request");
        assertOk(post(police, KUNDULUN_POLICE, referral + "/trial-submission", key(),
                "{\"court\":\"COURT:150200\",\"indictmentNumber\":\"包昆检刑诉〔2026〕88号\"}"), "SUBMITTED_FOR_TRIAL");
        DocumentContext courtInbox = awaitInbox(court, BAOTOU_COURT, id);
        assertThat(courtInbox.read("$.items[?(@.referralId == '" + id + "')].status", List.class))
                .containsExactly("SUBMITTED_FOR_TRIAL");

        assertOk(post(court, BAOTOU_COURT, referral + "/judgment", key(), """
                {"judgmentNumber":"（2026）内02刑初18号","verdict":"GUILTY","sentence":"%s",
                 "fineFen":500000,"administrativeFineOffsetFen":120000,"issuedOn":"2026-06-18"}""".formatted(SENTENCE)),
                "JUDGED");

        DocumentContext judged = awaitStatus(forestry, BAOTOU_FORESTRY, id, "JUDGED");
        assertThat(judged.read("$.court", String.class)).isEqualTo("COURT:150200");
        assertThat(judged.read("$.timeline[*].eventType", List.class)).containsExactly("ReferralSubmitted",
                "ReceiptSigned", "SupplementRequested", "SupplementProvided", "CaseFiled", "EvidenceHandedOver",
                "CaseSubmittedForTrial", "JudgmentIssued");
        assertThat(judged.read("$.timeline[*].verdict", List.class)).containsOnly("ACCEPTED");
        assertThat(judged.read("$.timeline[7].actingUnit", String.class)).isEqualTo("COURT:150200");
        assertThat(judged.read("$.timeline[7].officer", String.class)).isEqualTo("刘洋");
        assertThat(judged.read("$.timeline[7].content.verdict", String.class)).isEqualTo("GUILTY");
        assertThat(judged.read("$.timeline[7].content.sentence", String.class)).isEqualTo(SENTENCE);
        assertThat(judged.read("$.timeline[7].content.fineFen", Long.class)).isEqualTo(500_000L);
        assertThat(judged.read("$.timeline[7].content.administrativeFineOffsetFen", Long.class)).isEqualTo(120_000L);

        assertOk(post(court, BAOTOU_COURT, referral + "/judicial-suggestions", key(), """
                {"addressee":"FORESTRY:150200","suggestionNumber":"（2026）内02司建3号",
                 "content":"建议加强林木采伐许可的事后核查","replyDue":"2026-08-18"}"""), "JUDGED");
        awaitUntil(() -> json(get(forestry, BAOTOU_FORESTRY, referral)),
                view -> view.read("$.timeline[*].eventType", List.class).contains("JudicialSuggestionIssued"));
        HttpResponse<String> answer = post(forestry, BAOTOU_FORESTRY, referral + "/suggestion-answers", key(),
                "{\"suggestionNumber\":\"（2026）内02司建3号\",\"answer\":\"已建立采伐许可季度核查制度\"}");
        assertOk(answer, "JUDGED");
        assertThat(json(answer).read("$.timeline[-1].eventType", String.class)).isEqualTo("SuggestionAnswered");
        assertProblem(post(forestry, BAOTOU_FORESTRY, referral + "/suggestion-answers", key(),
                "{\"suggestionNumber\":\"（2026）内02司建3号\",\"answer\":\"再次答复\"}"), 409, "conflict");
    }

    @Test
    void imposesTheAdministrativePenaltyOnceTheRefusalToFileIsUpheld() throws Exception {
        String id = steps.notFiledInLinhe();
        String referral = "/api/referrals/" + id;
        assertOk(post(naturalResources, BAYANNUR_NATURAL_RESOURCES, referral + "/reconsideration-requests", key(),
                "{\"grounds\":\"占用耕地面积已达立案标准\"}"), "RECONSIDERATION_REQUESTED");
        awaitStatus(police, LINHE_POLICE, id, "RECONSIDERATION_REQUESTED");
        assertOk(post(police, LINHE_POLICE, referral + "/reconsideration-decision", key(),
                "{\"outcome\":\"UPHELD\",\"reasons\":\"维持不予立案决定\"}"), "NOT_FILED_UPHELD");
        awaitStatus(naturalResources, BAYANNUR_NATURAL_RESOURCES, id, "NOT_FILED_UPHELD");
        assertOk(post(naturalResources, BAYANNUR_NATURAL_RESOURCES, referral + "/administrative-penalty", key(),
                "{\"decisionNumber\":\"巴自然资罚〔2026〕8号\",\"decidedOn\":\"2026-03-20\",\"fineFen\":1500000,"
                        + "\"description\":\"责令退还土地，罚款一万五千元\"}"), "PENALTY_IMPOSED");

        DocumentContext penalised = awaitStatus(police, LINHE_POLICE, id, "PENALTY_IMPOSED");
        assertThat(penalised.read("$.summary.sender", String.class)).isEqualTo("NATURAL_RESOURCES:150800");
        assertThat(penalised.read("$.timeline[*].eventType", List.class)).containsExactly("ReferralSubmitted",
                "ReceiptSigned", "CaseNotFiled", "ReconsiderationRequested", "ReconsiderationDecided",
                "AdministrativePenaltyImposed");
        assertThat(penalised.read("$.timeline[*].verdict", List.class)).containsOnly("ACCEPTED");
        assertThat(penalised.read("$.timeline[2].content.reasonCode", String.class)).isEqualTo("MINOR");
        assertThat(penalised.read("$.timeline[4].content.outcome", String.class)).isEqualTo("UPHELD");
        assertThat(penalised.read("$.timeline[5].content.fineFen", Long.class)).isEqualTo(1_500_000L);
    }

    @Test
    void asksTheProcuratorateToSuperviseARefusalWhichOrdersFilingAfterThePoliceExplain() throws Exception {
        String id = steps.notFiledInLinhe();
        String supervision = "/api/referrals/" + id + "/supervision-requests";
        assertProblem(post(naturalResources, BAYANNUR_NATURAL_RESOURCES, supervision, key(),
                "{\"procuratorate\":\"COURT:150800\",\"grounds\":\"不予立案理由不成立\"}"), 400, "invalid-request");
        assertOk(post(naturalResources, BAYANNUR_NATURAL_RESOURCES, supervision, key(),
                "{\"procuratorate\":\"PROCURATORATE:150800\",\"grounds\":\"不予立案理由不成立\"}"), "SUPERVISION_REQUESTED");
        awaitStatus(police, LINHE_POLICE, id, "SUPERVISION_REQUESTED");
        assertOk(post(police, LINHE_POLICE, "/api/referrals/" + id + "/explanation", key(),
                "{\"explanation\":\"涉案面积未达立案标准\"}"), "EXPLANATION_PROVIDED");

        String order = "/api/referrals/" + id + "/filing-order";
        String body = "{\"orderNumber\":\"巴检立通〔2026〕2号\",\"reasons\":\"占用耕地面积已达立案追诉标准\"}";
        awaitStatus(procuratorate, BAYANNUR_PROCURATOR, id, "EXPLANATION_PROVIDED");
        assertThat(ids(get(procuratorate, BAYANNUR_PROCURATOR,
                "/api/supervision/queue?receiver=POLICE:150802&dueKind=EXPLANATION&size=100"))).doesNotContain(id);
        assertThat(ids(get(procuratorate, BAYANNUR_PROCURATOR, "/api/supervision/queue?receiver=POLICE:150802&size=100")))
                .contains(id);
        assertThat(ids(get(procuratorate, BAYANNUR_PROCURATOR, "/api/supervision/queue?division=1508&size=100")))
                .contains(id);
        assertThat(ids(get(procuratorate, BAOTOU_PROCURATOR, "/api/supervision/queue?size=100"))).doesNotContain(id);
        assertProblem(post(procuratorate, BAYANNUR_PROCURATOR, order, key(), "{\"orderNumber\":\"巴检立通〔2026〕2号\"}"),
                400, "invalid-request");
        assertRefusedWithoutData(post(procuratorate, BAOTOU_PROCURATOR, order, key(), body));
        assertOk(post(procuratorate, BAYANNUR_PROCURATOR, order, key(), body), "FILING_ORDERED");
        awaitStatus(police, LINHE_POLICE, id, "FILING_ORDERED");
        assertOk(post(police, LINHE_POLICE, "/api/referrals/" + id + "/filing", key(),
                "{\"filingDecisionNumber\":\"巴公临立字〔2026〕5号\",\"decisionPeriod\":\"DAYS_3\"}"), "FILED");
        awaitStatus(procuratorate, BAYANNUR_PROCURATOR, id, "FILED");
        assertThat(ids(get(procuratorate, BAYANNUR_PROCURATOR, "/api/supervision/queue?size=100"))).doesNotContain(id);
        assertProblemCode(post(procuratorate, BAYANNUR_PROCURATOR, order, key(), body), 409, "ILLEGAL_TRANSITION");
    }

    @Test
    void aPoliceUnitThatIgnoresAFilingOrderBreachesItAfterFifteenDaysAndEveryAgencySeesTheBreach() throws Exception {
        String id = steps.notFiledInLinhe();
        String referral = "/api/referrals/" + id;
        assertOk(post(naturalResources, BAYANNUR_NATURAL_RESOURCES, referral + "/supervision-requests", key(),
                "{\"procuratorate\":\"PROCURATORATE:150800\",\"grounds\":\"不予立案理由不成立\"}"), "SUPERVISION_REQUESTED");
        awaitStatus(police, LINHE_POLICE, id, "SUPERVISION_REQUESTED");
        assertOk(post(police, LINHE_POLICE, referral + "/explanation", key(),
                "{\"explanation\":\"涉案面积未达立案标准\"}"), "EXPLANATION_PROVIDED");
        awaitStatus(procuratorate, BAYANNUR_PROCURATOR, id, "EXPLANATION_PROVIDED");
        assertOk(post(procuratorate, BAYANNUR_PROCURATOR, referral + "/filing-order", key(),
                "{\"orderNumber\":\"巴检立通〔2026〕9号\",\"reasons\":\"占用耕地面积已达立案追诉标准\"}"), "FILING_ORDERED");
        DocumentContext ordered = awaitStatus(police, LINHE_POLICE, id, "FILING_ORDERED");
        assertThat(ordered.read("$.summary.nextDue.kind", String.class)).isEqualTo("FILING_AFTER_ORDER");
        Instant due = Instant.parse(ordered.read("$.summary.nextDue.dueAt", String.class));

        // The police file nothing: the monitor, run as of the first millisecond after the 15 days, breaches the order.
        procuratorate.getBean(DeadlineMonitor.class).catchUp(due.plusMillis(1));

        DocumentContext breached = awaitUntil(() -> json(get(police, LINHE_POLICE, referral)),
                detail -> "BREACHED".equals(detail.read("$.summary.signalled", String.class)));
        assertThat(breached.read("$.timeline[-1].eventType", String.class)).isEqualTo("DeadlineBreached");
        assertThat(breached.read("$.timeline[-1].actingUnit", String.class)).isEqualTo("PROCURATORATE:150800");
        assertThat(breached.read("$.timeline[-1].content.deadline.kind", String.class)).isEqualTo("FILING_AFTER_ORDER");
        assertThat(breached.read("$.timeline[-1].content.deadline.responsible.divisionCode", String.class))
                .isEqualTo("150802");
        awaitUntil(() -> json(get(naturalResources, BAYANNUR_NATURAL_RESOURCES, "/api/referrals?breached=true&size=100")),
                list -> list.read("$.items[*].referralId", List.class).contains(id));
        awaitUntil(() -> json(get(procuratorate, BAYANNUR_PROCURATOR, "/api/supervision/queue?breached=true&size=100")),
                queue -> queue.read("$.items[*].referralId", List.class).contains(id));
        // Filed late after all: the clock ends BREACHED, and the case leaves the queue.
        assertOk(post(police, LINHE_POLICE, referral + "/filing", key(),
                "{\"filingDecisionNumber\":\"巴公临立字〔2026〕9号\",\"decisionPeriod\":\"DAYS_3\"}"), "FILED");
        awaitStatus(procuratorate, BAYANNUR_PROCURATOR, id, "FILED");
        assertThat(ids(get(procuratorate, BAYANNUR_PROCURATOR, "/api/supervision/queue?size=100"))).doesNotContain(id);
    }

    @Test
    void theProcuratorateAsksForAnExplanationFindsTheRefusalValidAndTheAgencyThenImposesThePenalty() throws Exception {
        String filed = steps.submittedForTrial("H1");
        assertProblemCode(post(forestry, BAOTOU_FORESTRY, "/api/referrals/" + filed + "/supervision-requests", key(),
                "{\"procuratorate\":\"PROCURATORATE:150200\",\"grounds\":\"不予立案理由不成立\"}"), 409, "ILLEGAL_TRANSITION");
        String id = steps.supervisionRequestedInLinhe();
        String referral = "/api/referrals/" + id;
        awaitStatus(procuratorate, BAYANNUR_PROCURATOR, id, "SUPERVISION_REQUESTED");
        String request = "{\"requestNumber\":\"巴检要说〔2026〕3号\",\"questions\":\"说明占用耕地面积的认定依据\"}";
        assertRefusedWithoutData(post(police, LINHE_POLICE, referral + "/explanation-request", key(), request));
        assertOk(post(procuratorate, BAYANNUR_PROCURATOR, referral + "/explanation-request", key(), request),
                "EXPLANATION_REQUESTED");
        DocumentContext asked = awaitStatus(police, LINHE_POLICE, id, "EXPLANATION_REQUESTED");
        assertThat(asked.read("$.summary.nextDue.kind", String.class)).isEqualTo("EXPLANATION");
        assertThat(asked.read("$.summary.nextDue.rule", String.class)).isEqualTo("explanation-7d@decree-310-2020");
        assertOk(post(police, LINHE_POLICE, referral + "/explanation", key(),
                "{\"explanation\":\"经测绘，占用耕地四亩，未达立案追诉标准\"}"), "EXPLANATION_PROVIDED");
        awaitStatus(procuratorate, BAYANNUR_PROCURATOR, id, "EXPLANATION_PROVIDED");
        assertOk(post(procuratorate, BAYANNUR_PROCURATOR, referral + "/refusal-finding", key(),
                "{\"decisionNumber\":\"巴检不立理〔2026〕3号\",\"reasons\":\"经审查，不立案理由成立\"}"), "REFUSAL_FOUND_VALID");

        DocumentContext informed = awaitStatus(naturalResources, BAYANNUR_NATURAL_RESOURCES, id, "REFUSAL_FOUND_VALID");
        assertThat(informed.read("$.timeline[-1].eventType", String.class)).isEqualTo("RefusalReasonsFoundValid");
        assertThat(informed.read("$.timeline[-1].content.reasons", String.class)).isEqualTo("经审查，不立案理由成立");
        assertThat(ids(get(procuratorate, BAYANNUR_PROCURATOR, "/api/supervision/queue?size=100"))).doesNotContain(id);
        assertOk(post(naturalResources, BAYANNUR_NATURAL_RESOURCES, referral + "/administrative-penalty", key(),
                "{\"decisionNumber\":\"巴自然资罚〔2026〕11号\",\"decidedOn\":\"2026-03-20\",\"fineFen\":800000,"
                        + "\"description\":\"责令退还土地，罚款八千元\"}"), "PENALTY_IMPOSED");
    }

    @Test
    void forwardsAReferralOnlyToAPoliceUnitWhoseInboxItThenJoins() throws Exception {
        String id = steps.inKundulunInbox(referral("150203"));
        String forwarding = "/api/referrals/" + id + "/forwarding";
        assertProblem(post(police, KUNDULUN_POLICE, forwarding, key(), "{\"to\":\"FORESTRY:150200\",\"reason\":\"非本单位管辖\"}"),
                400, "invalid-request");

        HttpResponse<String> forwarded = post(police, KUNDULUN_POLICE, forwarding, key(),
                "{\"to\":\"POLICE:150200\",\"reason\":\"案情重大，由市局管辖\"}");
        assertThat(forwarded.statusCode()).as(forwarded.body()).isEqualTo(200);
        assertThat(json(forwarded).read("$.forwardedTo", String.class)).isEqualTo("POLICE:150200");

        awaitInbox(police, BAOTOU_POLICE, id);
        assertThat(json(get(police, KUNDULUN_POLICE, "/api/inbox?size=100")).read("$.items[*].referralId", List.class))
                .doesNotContain(id);
        assertThat(get(police, KUNDULUN_POLICE, "/api/referrals/" + id).statusCode()).isEqualTo(404);
        assertThat(awaitStatus(forestry, BAOTOU_FORESTRY, id, "SUBMITTED").read("$.summary.receiver", String.class))
                .isEqualTo("POLICE:150200");
    }

    @Test
    void answersARetryWithTheSameKeyWithTheFirstOutcomeAndNoSecondEvent() throws Exception {
        String key = key();
        HttpResponse<String> first = post(forestry, BAOTOU_FORESTRY, "/api/referrals", key, referral("150203"));
        HttpResponse<String> retry = post(forestry, BAOTOU_FORESTRY, "/api/referrals", key, referral("150203"));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(json(retry).read("$.summary.referralId", String.class))
                .isEqualTo(json(first).read("$.summary.referralId", String.class));
        assertThat(json(retry).read("$.timeline.length()", Integer.class)).isEqualTo(1);
    }

    /** A retry gets its key's first outcome, not a judgement on the case as it is now (withdrawn twice: 409). */
    @Test
    void answersARetriedWithdrawalWithItsFirstOutcomeOnceTheReferralIsWithdrawn() throws Exception {
        String path = "/api/referrals/" + steps.submitted(agencies.forestry(), BAOTOU_FORESTRY, referral("150203"));
        String key = key();
        String withdrawal = "{\"reason\":\"当事人已补种林木\"}";
        assertOk(post(forestry, BAOTOU_FORESTRY, path + "/withdrawal", key, withdrawal), "WITHDRAWN");

        HttpResponse<String> retry = post(forestry, BAOTOU_FORESTRY, path + "/withdrawal", key, withdrawal);

        assertOk(retry, "WITHDRAWN");
        assertThat(json(retry).read("$.timeline.length()", Integer.class)).isEqualTo(2);
    }

    /**
     * The sender withdraws while the police file, both right after the receipt. The log orders the two events and
     * every projection judges them with the same lifecycle and hash chain: one is accepted, the other refused
     * (published and rejected as CONFLICT, or refused before publishing when its service had already seen the
     * winner), and all four services (H0: each may read the case) show the same status and the same timeline.
     * Three rounds, since which one wins is up to the race.
     */
    @Test
    void aWithdrawalRacingAFilingHasOneWinnerThatEveryServiceAgreesOn() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String id = steps.receivedInKundulun("H0");
                String referral = "/api/referrals/" + id;
                CompletableFuture<HttpResponse<String>> withdrawal = CompletableFuture.supplyAsync(
                        () -> call(() -> post(forestry, BAOTOU_FORESTRY, referral + "/withdrawal", key(),
                                "{\"reason\":\"当事人已补种林木\"}")), callers);
                CompletableFuture<HttpResponse<String>> filing = CompletableFuture.supplyAsync(
                        () -> call(() -> post(police, KUNDULUN_POLICE, referral + "/filing", key(),
                                "{\"filingDecisionNumber\":\"包公昆立字〔2026〕77号\",\"decisionPeriod\":\"DAYS_3\"}")), callers);

                HttpResponse<String> withdrawn = withdrawal.get();
                HttpResponse<String> filed = filing.get();
                assertThat(List.of(withdrawn.statusCode(), filed.statusCode())).as(withdrawn.body() + "\n" + filed.body())
                        .containsExactlyInAnyOrder(200, 409);
                String winner = withdrawn.statusCode() == 200 ? "WITHDRAWN" : "FILED";
                HttpResponse<String> loser = withdrawn.statusCode() == 200 ? filed : withdrawn;
                String loserCode = json(loser).read("$.code", String.class);
                assertThat(loserCode).isIn("CONFLICT", "ILLEGAL_TRANSITION");
                // A loser refused as CONFLICT was published: every timeline shows it, rejected.
                int events = loserCode.equals("CONFLICT") ? 4 : 3;

                List<List<String>> timelines = agencies.all().stream().map(service -> {
                    DocumentContext view = awaitUntil(() -> json(get(service, steps.reader(service), referral)),
                            v -> winner.equals(v.read("$.summary.status", String.class))
                                    && v.read("$.timeline.length()", Integer.class) == events);
                    return timeline(view);
                }).toList();
                assertThat(timelines).as("round %d, %s won", round, winner).allSatisfy(
                        timeline -> assertThat(timeline).isEqualTo(timelines.get(0)));
                assertThat(timelines.get(0).subList(0, 3)).containsExactly("1 ReferralSubmitted ACCEPTED",
                        "2 ReceiptSigned ACCEPTED", winner.equals("FILED") ? "3 CaseFiled ACCEPTED" : "3 ReferralWithdrawn ACCEPTED");
                if (events == 4) {
                    assertThat(timelines.get(0).get(3))
                            .isEqualTo(winner.equals("FILED") ? "3 ReferralWithdrawn CONFLICT" : "3 CaseFiled CONFLICT");
                }
            }
        } finally {
            callers.shutdownNow();
        }
    }

    /**
     * Names, addresses, descriptions and reasons in Chinese, including characters outside the Basic Multilingual
     * Plane (𠮷), traditional Mongolian script and punctuation Avro's JSON escapes (“”——…), read back unchanged from
     * each service: in full from the sender, the police unit and the trial court, and without the party's personal
     * data from the natural-resources bureau, which reads the open (H0) case without being addressed.
     */
    @Test
    void keepsChineseTextUnchangedThroughEveryServicesReadApi() throws Exception {
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("$.caseData.administrativeCaseNumber", "包昆林罚〔2026〕第０５７６号");
        sent.put("$.caseData.cause", "涉嫌滥伐林木——“阿都赖”林班（油松38.6立方米）…");
        sent.put("$.caseData.suspectedOffence.description", "违反森林法规定，滥伐林木，数量较大");
        sent.put("$.caseData.location.address", "包头市昆都仑区卜尔汉图镇阿都赖村北山 ᠪᠣᠭᠣᠲᠣ ᠬᠣᠲᠠ");
        sent.put("$.parties[1].name", "包头市昆都仑区𠮷祥木材加工厂（普通合伙）");
        sent.put("$.documents[0].issuer", "包头市林业和草原局");
        sent.put("$.evidence[0].description", "油松原木（胸径２０厘米以上）");
        sent.put("$.evidence[0].unit", "m³");
        sent.put("$.evidence[0].custodian", "林草局涉案财物保管室");
        sent.put("$.timeline[2].content.missingItems[0]", "林木蓄积量鉴定意见（含“检尺”记录）");
        sent.put("$.timeline[2].content.notes", "请于三日内补充——逾期将依法处理……");
        sent.put("$.timeline[3].content.notes", "已补充鉴定意见，详见附件");
        sent.put("$.timeline[6].content.sentence", "有期徒刑一年六个月，缓刑二年，并处罚金人民币五千元");
        sent.put("$.timeline[0].officer", "张晓明");
        sent.put("$.timeline[1].officer", "李伟");
        sent.put("$.timeline[6].officer", "刘洋");
        Map<String, String> personal = Map.of("$.parties[0].name", "𠮷林木", "$.parties[0].address", "包头市昆都仑区阿都赖村３组１２号");

        String id = judgedWithText(sent, personal);

        for (ConfigurableApplicationContext service : agencies.all()) {
            DocumentContext view = awaitStatus(service, steps.reader(service), id, "JUDGED");
            sent.forEach((path, text) -> assertThat(view.read(path, String.class)).as("%s %s", steps.reader(service), path)
                    .isEqualTo(text));
            if (service == naturalResources) {
                assertThat(view.read("$.parties[0]", Map.class)).doesNotContainKeys("name", "idNumber", "address", "phone");
                assertThat(view.jsonString()).as("the submission in the timeline too")
                        .doesNotContain(personal.values()).doesNotContain(Referrals.PARTY_ID_NUMBER);
            } else {
                personal.forEach((path, text) -> assertThat(view.read(path, String.class)).as("%s %s", steps.reader(service), path)
                        .isEqualTo(text));
            }
        }
    }

    /** An H0 referral with the given texts, carried through a supplement to judgment. */
    private static String judgedWithText(Map<String, String> text, Map<String, String> personal) throws Exception {
        String body = """
                {"type":"THRESHOLD_MET","handlingCode":"H0",
                 "caseData":{"administrativeCaseNumber":%s,"cause":%s,
                   "suspectedOffence":{"article":345,"paragraph":2,"description":%s},
                   "location":{"divisionCode":"150203","address":%s}},
                 "parties":[{"kind":"PERSON","name":%s,"idNumber":"150203198805120035","address":%s},
                            {"kind":"ORGANISATION","name":%s,"personalData":false}],
                 "documents":[%s],
                 "evidence":[{"description":%s,"quantity":38.6,"unit":%s,"custodian":%s,"storageLocation":"二号库房","perishable":false}]}
                """.formatted(quoted(text, "$.caseData.administrativeCaseNumber"), quoted(text, "$.caseData.cause"),
                quoted(text, "$.caseData.suspectedOffence.description"), quoted(text, "$.caseData.location.address"),
                quoted(personal, "$.parties[0].name"), quoted(personal, "$.parties[0].address"),
                quoted(text, "$.parties[1].name"), document("TRANSFER_LETTER").replace("包头市昆都仑区林业和草原局",
                        text.get("$.documents[0].issuer")), quoted(text, "$.evidence[0].description"),
                quoted(text, "$.evidence[0].unit"), quoted(text, "$.evidence[0].custodian"));
        String id = steps.inKundulunInbox(body);
        String referral = "/api/referrals/" + id;
        assertOk(post(police, KUNDULUN_POLICE, referral + "/receipt", key(), "{\"receiptNumber\":\"包公昆回〔2026〕30号\"}"),
                "RECEIVED");
        assertOk(post(police, KUNDULUN_POLICE, referral + "/supplement-requests", key(), "{\"missingItems\":[%s],\"notes\":%s}"
                .formatted(quoted(text, "$.timeline[2].content.missingItems[0]"), quoted(text, "$.timeline[2].content.notes"))),
                "SUPPLEMENT_REQUESTED");
        awaitStatus(forestry, BAOTOU_FORESTRY, id, "SUPPLEMENT_REQUESTED");
        assertOk(post(forestry, BAOTOU_FORESTRY, referral + "/supplements", key(),
                "{\"notes\":%s}".formatted(quoted(text, "$.timeline[3].content.notes"))), "RECEIVED");
        awaitStatus(police, KUNDULUN_POLICE, id, "RECEIVED");
        assertOk(post(police, KUNDULUN_POLICE, referral + "/filing", key(),
                "{\"filingDecisionNumber\":\"包公昆立字〔2026〕90号\",\"decisionPeriod\":\"DAYS_3\"}"), "FILED");
        assertOk(post(police, KUNDULUN_POLICE, referral + "/trial-submission", key(),
                "{\"court\":\"COURT:150200\",\"indictmentNumber\":\"包昆检刑诉〔2026〕91号\"}"), "SUBMITTED_FOR_TRIAL");
        awaitStatus(court, BAOTOU_COURT, id, "SUBMITTED_FOR_TRIAL");
        assertOk(post(court, BAOTOU_COURT, referral + "/judgment", key(), """
                {"judgmentNumber":"（2026）内02刑初30号","verdict":"GUILTY","sentence":%s,"issuedOn":"2026-06-30"}"""
                .formatted(quoted(text, "$.timeline[6].content.sentence"))), "JUDGED");
        return id;
    }

    /** Each timeline entry as "sequence eventType verdict". */
    private static List<String> timeline(DocumentContext view) {
        List<Map<String, Object>> entries = view.read("$.timeline");
        return entries.stream().map(entry -> entry.get("sequence") + " " + entry.get("eventType") + " " + entry.get("verdict"))
                .toList();
    }

    /** The text as a JSON string literal. */
    private static String quoted(Map<String, String> text, String path) {
        return JSON.writeValueAsString(text.get(path));
    }

    private static HttpResponse<String> call(Request request) {
        try {
            return request.send();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface Request {
        HttpResponse<String> send() throws Exception;
    }
}
