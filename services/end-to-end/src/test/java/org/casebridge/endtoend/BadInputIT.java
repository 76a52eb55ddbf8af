package org.casebridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.endtoend.Agencies.BAOTOU_COURT;
import static org.casebridge.endtoend.Agencies.BAOTOU_FORESTRY;
import static org.casebridge.endtoend.Agencies.BAYANNUR_NATURAL_RESOURCES;
import static org.casebridge.endtoend.Agencies.KUNDULUN_POLICE;
import static org.casebridge.endtoend.Answers.assertOk;
import static org.casebridge.endtoend.Answers.assertProblem;
import static org.casebridge.endtoend.Answers.assertProblemCode;
import static org.casebridge.endtoend.Referrals.referral;
import static org.casebridge.endtoend.Steps.RECEIPT;
import static org.casebridge.platform.testing.ServiceRequests.awaitStatus;
import static org.casebridge.platform.testing.ServiceRequests.get;
import static org.casebridge.platform.testing.ServiceRequests.json;
import static org.casebridge.platform.testing.ServiceRequests.key;
import static org.casebridge.platform.testing.ServiceRequests.post;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bad input to every service that takes commands (forestry, natural resources, police, court), through its REST
 * API: each is refused with a problem+json, and nothing is published (the end offset of {@code referrals} does
 * not move). The referrals the commands aim at are set up first.
 */
class BadInputIT extends EndToEndTest {

    private static final String JUDGMENT = """
            {"judgmentNumber":"（2026）内02刑初60号","verdict":"GUILTY","sentence":"有期徒刑一年","issuedOn":"2026-06-18"}""";
    /** Just over the services' default limit (casebridge.web.max-request-bytes, 1 MB). */
    private static final String OVERSIZED = "{\"receiptNumber\":\"" + "号".repeat(400_000) + "\"}";

    private long endOffsetBefore;

    /** The values the input rules bound (docs/api.md, "Input rules"): each is 400 naming its field, nothing published. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"treeCount\":345              | \"treeCount\":-1              | caseData.quantities.treeCount",
            "\"timberVolumeM3\":38.6        | \"timberVolumeM3\":-0.5       | caseData.quantities.timberVolumeM3",
            "\"timberVolumeM3\":38.6        | \"timberVolumeM3\":1e309      | caseData.quantities.timberVolumeM3",
            "\"paragraph\":2                | \"paragraph\":0               | caseData.suspectedOffence.paragraph",
            "\"paragraph\":2                | \"paragraph\":-1              | caseData.suspectedOffence.paragraph",
            "\"latitude\":40.7421           | \"latitude\":91               | caseData.location.latitude",
            "\"latitude\":40.7421           | \"latitude\":1e308            | caseData.location.latitude",
            "\"longitude\":109.7903         | \"longitude\":181             | caseData.location.longitude",
            "\"issuedOn\":\"2026-03-03\"    | \"issuedOn\":\"+99999-03-03\" | documents[0].issuedOn",
            "\"issuedOn\":\"2026-03-03\"    | \"issuedOn\":20260303         | documents[0].issuedOn",
            "\"divisionCode\":\"150203\"    | \"divisionCode\":\"000000\"   | caseData.location.divisionCode",
            "\"type\":\"THRESHOLD_MET\"     | \"type\":\"THRESHOLD_MET \"   | type"})
    void refusesValuesOutsideTheInputRulesNamingTheField(String valid, String bad, String field) throws Exception {
        long before = ReferralsTopic.endOffset();
        String body = referral("150203");
        assertThat(body).contains(valid);

        HttpResponse<String> refused = post(forestry, BAOTOU_FORESTRY, "/api/referrals", key(), body.replace(valid, bad));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains(field);
        assertThat(ReferralsTopic.endOffset()).isEqualTo(before);
    }

    @Test
    void refusesMalformedBodiesMissingFieldsAndWrongTypesOnEveryService() throws Exception {
        String forTrial = "/api/referrals/" + steps.submittedForTrial("H1");
        String received = "/api/referrals/" + steps.receivedInKundulun("H1");
        expectNothingPublishedFromHereOn();

        for (ConfigurableApplicationContext sender : List.of(forestry, naturalResources)) {
            String user = sender == forestry ? BAOTOU_FORESTRY : BAYANNUR_NATURAL_RESOURCES;
            assertProblem(post(sender, user, "/api/referrals", key(), "{\"type\":"), 400, "malformed-request");
            assertProblem(post(sender, user, "/api/referrals", key(), "{\"type\":\"THRESHOLD_MET\"}"), 400, "invalid-request");
            HttpResponse<String> wrongType = post(sender, user, "/api/referrals", key(),
                    referral("150203").replace("\"treeCount\":345", "\"treeCount\":\"三百四十五\""));
            assertProblem(wrongType, 400, "malformed-request");
            assertThat(json(wrongType).read("$.field", String.class)).isEqualTo("caseData.quantities.treeCount");
        }
        assertProblem(post(naturalResources, BAYANNUR_NATURAL_RESOURCES, received + "/reconsideration-requests", key(), "{}"),
                400, "invalid-request");

        assertProblem(post(police, KUNDULUN_POLICE, received + "/filing", key(), "{\"decisionPeriod\":\"DAYS_3\""),
                400, "malformed-request");
        HttpResponse<String> noNumber = post(police, KUNDULUN_POLICE, received + "/filing", key(), "{\"decisionPeriod\":\"DAYS_3\"}");
        assertProblem(noNumber, 400, "invalid-request");
        assertThat(json(noNumber).read("$.errors[*].field", List.class)).contains("filingDecisionNumber");
        assertProblem(post(police, KUNDULUN_POLICE, received + "/filing", key(),
                "{\"filingDecisionNumber\":{\"number\":61},\"decisionPeriod\":\"DAYS_3\"}"), 400, "malformed-request");
        assertProblem(post(police, KUNDULUN_POLICE, received + "/supplement-requests", key(), "{\"missingItems\":[]}"),
                400, "invalid-request");

        assertProblem(post(court, BAOTOU_COURT, forTrial + "/judgment", key(), "{\"verdict\":"), 400, "malformed-request");
        HttpResponse<String> noVerdict = post(court, BAOTOU_COURT, forTrial + "/judgment", key(),
                JUDGMENT.replace("\"verdict\":\"GUILTY\",", ""));
        assertProblem(noVerdict, 400, "invalid-request");
        assertThat(json(noVerdict).read("$.errors[*].field", List.class)).contains("verdict");
        assertProblem(post(court, BAOTOU_COURT, forTrial + "/judgment", key(),
                JUDGMENT.replace("\"sentence\"", "\"fineFen\":\"五千元\",\"sentence\"")), 400, "malformed-request");

        assertThat(json(get(court, BAOTOU_COURT, forTrial)).read("$.summary.status", String.class))
                .isEqualTo("SUBMITTED_FOR_TRIAL");
        assertThat(json(get(police, KUNDULUN_POLICE, received)).read("$.summary.status", String.class)).isEqualTo("RECEIVED");
        assertNothingPublished();
    }

    @Test
    void refusesDivisionCodesAndUnitsTheDirectoryDoesNotList() throws Exception {
        String forTrial = "/api/referrals/" + steps.submittedForTrial("H1");
        String notFiled = "/api/referrals/" + steps.notFiledInLinhe();
        String received = "/api/referrals/" + steps.receivedInKundulun("H1");
        expectNothingPublishedFromHereOn();

        assertInvalid(post(forestry, BAOTOU_FORESTRY, "/api/referrals", key(), referral("159999")),
                "caseData.location.divisionCode");
        assertInvalid(post(naturalResources, BAYANNUR_NATURAL_RESOURCES, "/api/referrals", key(), referral("150899")),
                "caseData.location.divisionCode");
        assertInvalid(post(naturalResources, BAYANNUR_NATURAL_RESOURCES, "/api/referrals", key(), referral("15080")),
                "caseData.location.divisionCode");
        assertInvalid(post(naturalResources, BAYANNUR_NATURAL_RESOURCES, notFiled + "/supervision-requests", key(),
                "{\"procuratorate\":\"PROCURATORATE:150899\",\"grounds\":\"不予立案理由不成立\"}"), "procuratorate");
        assertInvalid(post(police, KUNDULUN_POLICE, received + "/forwarding", key(),
                "{\"to\":\"POLICE:159999\",\"reason\":\"非本单位管辖\"}"), "to");
        assertInvalid(post(police, KUNDULUN_POLICE, forTrial + "/trial-submission", key(),
                "{\"court\":\"COURT:159999\",\"indictmentNumber\":\"包昆检刑诉〔2026〕61号\"}"), "court");
        assertInvalid(post(court, BAOTOU_COURT, forTrial + "/judicial-suggestions", key(), """
                {"addressee":"FORESTRY:159999","suggestionNumber":"（2026）内02司建9号","content":"建议","replyDue":"2026-08-18"}"""),
                "addressee");
        assertNothingPublished();
    }

    @Test
    void refusesOversizedBodiesOtherContentTypesAndMissingOrUnrecordableKeysOnEveryService() throws Exception {
        String forTrial = "/api/referrals/" + steps.submittedForTrial("H1");
        String received = "/api/referrals/" + steps.receivedInKundulun("H1");
        expectNothingPublishedFromHereOn();

        for (Command command : List.of(new Command(forestry, BAOTOU_FORESTRY, "/api/referrals", referral("150203")),
                new Command(naturalResources, BAYANNUR_NATURAL_RESOURCES, "/api/referrals", referral("150802")),
                new Command(police, KUNDULUN_POLICE, received + "/receipt", RECEIPT),
                new Command(court, BAOTOU_COURT, forTrial + "/judgment", JUDGMENT))) {
            HttpResponse<String> tooLarge = post(command.service(), command.user(), command.path(), key(), OVERSIZED);
            assertProblem(tooLarge, 413, "payload-too-large");
            assertThat(json(tooLarge).read("$.maxRequestBytes", Long.class)).isEqualTo(1_048_576L);
            assertProblem(post(command.service(), command.user(), command.path(), key(), "text/plain;charset=UTF-8",
                    command.body()), 415, "unsupported-media-type");
            assertProblem(post(command.service(), command.user(), command.path(), null, command.body()), 400,
                    "missing-header");
            assertProblem(post(command.service(), command.user(), command.path(), "k".repeat(201), command.body()),
                    400, "invalid-header");
        }
        assertNothingPublished();
    }

    @Test
    void refusesAnIdempotencyKeyReusedForAnotherRequestOnEveryService() throws Exception {
        String forTrial = "/api/referrals/" + steps.submittedForTrial("H1");
        String submitted = "/api/referrals/" + steps.inKundulunInbox(referral("150203"));
        String forestryKey = key();
        String naturalResourcesKey = key();
        String policeKey = key();
        String courtKey = key();
        assertThat(post(forestry, BAOTOU_FORESTRY, "/api/referrals", forestryKey, referral("150203")).statusCode())
                .isEqualTo(201);
        assertThat(post(naturalResources, BAYANNUR_NATURAL_RESOURCES, "/api/referrals", naturalResourcesKey,
                referral("150802")).statusCode()).isEqualTo(201);
        assertOk(post(police, KUNDULUN_POLICE, submitted + "/receipt", policeKey, RECEIPT), "RECEIVED");
        assertOk(post(court, BAOTOU_COURT, forTrial + "/judgment", courtKey, JUDGMENT), "JUDGED");
        expectNothingPublishedFromHereOn();

        assertKeyReused(post(forestry, BAOTOU_FORESTRY, "/api/referrals", forestryKey, referral("150202")), forestryKey);
        assertKeyReused(post(naturalResources, BAYANNUR_NATURAL_RESOURCES, "/api/referrals", naturalResourcesKey,
                referral("150802", "H2")), naturalResourcesKey);
        assertKeyReused(post(police, KUNDULUN_POLICE, submitted + "/receipt", policeKey,
                "{\"receiptNumber\":\"包公昆回〔2026〕99号\"}"), policeKey);
        assertKeyReused(post(police, KUNDULUN_POLICE, submitted + "/non-filing", policeKey,
                "{\"reasonCode\":\"MINOR\",\"reasons\":\"情节轻微\",\"decisionPeriod\":\"DAYS_3\",\"filesReturned\":true}"),
                policeKey);
        assertKeyReused(post(court, BAOTOU_COURT, forTrial + "/judgment", courtKey,
                JUDGMENT.replace("有期徒刑一年", "有期徒刑二年")), courtKey);
        assertNothingPublished();
    }

    /** An open (H0) referral, so that the court and the natural-resources bureau also see it withdrawn. */
    @Test
    void refusesCommandsOnAWithdrawnReferralOnEveryService() throws Exception {
        String id = steps.receivedInKundulun("H0");
        String referral = "/api/referrals/" + id;
        assertOk(post(forestry, BAOTOU_FORESTRY, referral + "/withdrawal", key(), "{\"reason\":\"当事人已补种林木\"}"),
                "WITHDRAWN");
        for (ConfigurableApplicationContext service : agencies.all()) {
            awaitStatus(service, steps.reader(service), id, "WITHDRAWN");
        }
        expectNothingPublishedFromHereOn();

        assertProblemCode(post(forestry, BAOTOU_FORESTRY, referral + "/withdrawal", key(), "{\"reason\":\"再次撤回\"}"),
                409, "ILLEGAL_TRANSITION");
        assertProblemCode(post(forestry, BAOTOU_FORESTRY, referral + "/supplements", key(), "{\"notes\":\"补充材料\"}"),
                409, "ILLEGAL_TRANSITION");
        assertProblemCode(post(naturalResources, BAYANNUR_NATURAL_RESOURCES, referral + "/reconsideration-requests", key(),
                "{\"grounds\":\"应当立案\"}"), 409, "ILLEGAL_TRANSITION");
        assertProblemCode(post(police, KUNDULUN_POLICE, referral + "/filing", key(),
                "{\"filingDecisionNumber\":\"包公昆立字〔2026〕62号\",\"decisionPeriod\":\"DAYS_3\"}"), 409, "ILLEGAL_TRANSITION");
        assertProblemCode(post(police, KUNDULUN_POLICE, referral + "/receipt", key(), RECEIPT), 409, "ILLEGAL_TRANSITION");
        assertProblemCode(post(court, BAOTOU_COURT, referral + "/judgment", key(), JUDGMENT), 409, "ILLEGAL_TRANSITION");
        assertNothingPublished();
    }

    @Test
    void refusesASevenDayDecisionWithoutApproverAsUnprocessable() throws Exception {
        String received = "/api/referrals/" + steps.receivedInKundulun("H1");
        expectNothingPublishedFromHereOn();

        assertProblemCode(post(police, KUNDULUN_POLICE, received + "/filing", key(),
                "{\"filingDecisionNumber\":\"包公昆立字〔2026〕63号\",\"decisionPeriod\":\"DAYS_7\"}"), 422, "INVALID_CONTENT");
        assertNothingPublished();
    }

    /** The setup published what it needed; from here on a refused command must not add a record. */
    private void expectNothingPublishedFromHereOn() throws Exception {
        endOffsetBefore = ReferralsTopic.endOffset();
    }

    private void assertNothingPublished() throws Exception {
        assertThat(ReferralsTopic.endOffset()).as("end offset of referrals").isEqualTo(endOffsetBefore);
    }

    private static void assertInvalid(HttpResponse<String> response, String field) {
        assertProblem(response, 400, "invalid-request");
        assertThat(json(response).read("$.errors[*].field", List.class)).as(response.body()).contains(field);
    }

    private static void assertKeyReused(HttpResponse<String> response, String key) {
        assertProblem(response, 422, "idempotency-key-reused");
        assertThat(json(response).read("$.idempotencyKey", String.class)).isEqualTo(key);
    }

    /** A command of one service, as its officer sends it. */
    private record Command(ConfigurableApplicationContext service, String user, String path, String body) {
    }
}
