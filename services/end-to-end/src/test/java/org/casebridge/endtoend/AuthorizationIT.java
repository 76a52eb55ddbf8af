package org.casebridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.endtoend.Agencies.BAOTOU_COURT;
import static org.casebridge.endtoend.Agencies.BAOTOU_FORESTRY;
import static org.casebridge.endtoend.Agencies.BAOTOU_FORESTRY_COLLEAGUE;
import static org.casebridge.endtoend.Agencies.BAOTOU_POLICE;
import static org.casebridge.endtoend.Agencies.BAOTOU_PROCURATOR;
import static org.casebridge.endtoend.Agencies.BAYANNUR_COURT;
import static org.casebridge.endtoend.Agencies.BAYANNUR_NATURAL_RESOURCES;
import static org.casebridge.endtoend.Agencies.BAYANNUR_PROCURATOR;
import static org.casebridge.endtoend.Agencies.CHIFENG_FORESTRY;
import static org.casebridge.endtoend.Agencies.KUNDULUN_POLICE;
import static org.casebridge.endtoend.Agencies.KUNDULUN_POLICE_COLLEAGUE;
import static org.casebridge.endtoend.Answers.assertOk;
import static org.casebridge.endtoend.Answers.assertProblem;
import static org.casebridge.endtoend.Answers.assertProblemCode;
import static org.casebridge.endtoend.Answers.assertRefusedWithoutData;
import static org.casebridge.endtoend.Referrals.PARTY_ID_NUMBER;
import static org.casebridge.endtoend.Referrals.PARTY_NAME;
import static org.casebridge.endtoend.Referrals.referral;
import static org.casebridge.endtoend.Steps.RECEIPT;
import static org.casebridge.endtoend.Steps.ids;
import static org.casebridge.platform.testing.ServiceRequests.awaitStatus;
import static org.casebridge.platform.testing.ServiceRequests.get;
import static org.casebridge.platform.testing.ServiceRequests.json;
import static org.casebridge.platform.testing.ServiceRequests.key;
import static org.casebridge.platform.testing.ServiceRequests.post;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;

/**
 * Who may read and act on a referral, through the services' REST APIs: other units get 404 (never a word of
 * the case), a court cannot file and the police cannot submit, each handling code shows the case to its audience
 * only, personal data of parties goes only to addressed units and supervisors, and an H3 referral only to the
 * officers it names.
 */
class AuthorizationIT extends EndToEndTest {

    @Test
    void hidesAReferralFromOfficersOfOtherUnitsAndRefusesTheirCommands() throws Exception {
        String id = steps.inKundulunInbox(referral("150203"));
        String referral = "/api/referrals/" + id;

        assertRefusedWithoutData(get(police, BAOTOU_POLICE, referral));
        assertRefusedWithoutData(post(police, BAOTOU_POLICE, referral + "/receipt", key(), RECEIPT));
        assertRefusedWithoutData(get(forestry, CHIFENG_FORESTRY, referral));
        assertRefusedWithoutData(post(forestry, CHIFENG_FORESTRY, referral + "/withdrawal", key(), "{\"reason\":\"撤回\"}"));
        assertRefusedWithoutData(get(naturalResources, BAYANNUR_NATURAL_RESOURCES, referral));
        assertRefusedWithoutData(get(court, BAOTOU_COURT, referral));
        assertThat(ids(get(police, BAOTOU_POLICE, "/api/inbox?size=100"))).doesNotContain(id);
        assertThat(ids(get(forestry, CHIFENG_FORESTRY, "/api/referrals?size=100"))).doesNotContain(id);

        assertOk(post(police, KUNDULUN_POLICE, referral + "/receipt", key(), RECEIPT), "RECEIVED");
        assertOk(post(police, KUNDULUN_POLICE, referral + "/filing", key(),
                "{\"filingDecisionNumber\":\"包公昆立字〔2026〕51号\",\"decisionPeriod\":\"DAYS_3\"}"), "FILED");
        assertOk(post(police, KUNDULUN_POLICE, referral + "/trial-submission", key(),
                "{\"court\":\"COURT:150200\",\"indictmentNumber\":\"包昆检刑诉〔2026〕52号\"}"), "SUBMITTED_FOR_TRIAL");
        awaitStatus(court, BAOTOU_COURT, id, "SUBMITTED_FOR_TRIAL");
        assertRefusedWithoutData(get(court, BAYANNUR_COURT, referral));
        assertRefusedWithoutData(post(court, BAYANNUR_COURT, referral + "/judgment", key(),
                "{\"judgmentNumber\":\"（2026）内08刑初1号\",\"verdict\":\"GUILTY\",\"issuedOn\":\"2026-06-18\"}"));
        assertThat(ids(get(court, BAYANNUR_COURT, "/api/inbox?size=100"))).doesNotContain(id);
    }

    /** On an open (H0) referral, so that every service has it and may show it: the commands are simply not there. */
    @Test
    void offersEachAgencyOnlyTheCommandsOfItsPart() throws Exception {
        String id = steps.receivedInKundulun("H0");
        String referral = "/api/referrals/" + id;
        awaitStatus(court, BAOTOU_COURT, id, "RECEIVED");

        assertRefusedWithoutData(post(court, BAOTOU_COURT, referral + "/filing", key(),
                "{\"filingDecisionNumber\":\"包中法立〔2026〕1号\",\"decisionPeriod\":\"DAYS_3\"}"));
        assertRefusedWithoutData(post(police, KUNDULUN_POLICE, "/api/referrals", key(), referral("150203")));
        assertRefusedWithoutData(post(police, KUNDULUN_POLICE, referral + "/filing-order", key(),
                "{\"orderNumber\":\"包检立通〔2026〕1号\",\"reasons\":\"应当立案\"}"));
        assertRefusedWithoutData(post(procuratorate, BAOTOU_PROCURATOR, referral + "/receipt", key(), RECEIPT));
        assertRefusedWithoutData(post(court, BAOTOU_COURT, "/api/referrals", key(), referral("150203")));
        assertRefusedWithoutData(post(forestry, BAOTOU_FORESTRY, referral + "/filing", key(),
                "{\"filingDecisionNumber\":\"包林立〔2026〕1号\",\"decisionPeriod\":\"DAYS_3\"}"));
        assertRefusedWithoutData(post(police, KUNDULUN_POLICE, referral + "/withdrawal", key(), "{\"reason\":\"撤回\"}"));
        assertThat(json(get(police, KUNDULUN_POLICE, referral)).read("$.summary.status", String.class)).isEqualTo("RECEIVED");
    }

    @Test
    void letsAnAgencyReadAnOpenReferralWithoutPersonalDataButNotActOnIt() throws Exception {
        String id = steps.inKundulunInbox(referral("150203", "H0"));
        String referral = "/api/referrals/" + id;

        for (var reader : List.of(Map.entry(naturalResources, BAYANNUR_NATURAL_RESOURCES), Map.entry(court, BAYANNUR_COURT),
                Map.entry(police, BAOTOU_POLICE), Map.entry(forestry, CHIFENG_FORESTRY))) {
            DocumentContext view = awaitStatus(reader.getKey(), reader.getValue(), id, "SUBMITTED");
            assertThat(view.read("$.caseData.cause", String.class)).isEqualTo(Referrals.CAUSE);
            assertThat(view.read("$.parties[0]", Map.class)).as(reader.getValue()).containsEntry("kind", "PERSON")
                    .doesNotContainKeys("name", "idNumber", "address", "phone");
            assertThat(view.jsonString()).as(reader.getValue()).doesNotContain(PARTY_NAME, PARTY_ID_NUMBER);
        }
        assertThat(json(get(police, KUNDULUN_POLICE, referral)).read("$.parties[0].idNumber", String.class))
                .isEqualTo(PARTY_ID_NUMBER);

        assertProblemCode(post(police, BAOTOU_POLICE, referral + "/receipt", key(), RECEIPT), 409, "WRONG_ACTOR");
        assertProblemCode(post(forestry, CHIFENG_FORESTRY, referral + "/withdrawal", key(), "{\"reason\":\"撤回\"}"),
                409, "WRONG_ACTOR");
    }

    /**
     * H1 and H2 differ for supervisors only: the procuratorate of the referral's jurisdiction reads an H1 referral
     * (with personal data: it holds the case's copy) and lists it, and not an H2 one. Neither is shown to agencies
     * that are not addressed, nor to another procuratorate.
     */
    @Test
    void showsAnH1ReferralToItsSupervisorAndAnH2ReferralToAddressedAgenciesOnly() throws Exception {
        String h1 = supervisedRefusal("H1");
        String h2 = supervisedRefusal("H2");

        DocumentContext supervised = awaitStatus(procuratorate, BAOTOU_PROCURATOR, h1, "SUPERVISION_REQUESTED");
        assertThat(supervised.read("$.parties[0].name", String.class)).isEqualTo(PARTY_NAME);
        assertRefusedWithoutData(get(procuratorate, BAOTOU_PROCURATOR, "/api/referrals/" + h2));
        List<String> copies = ids(get(procuratorate, BAOTOU_PROCURATOR, "/api/inbox?size=100"));
        assertThat(copies).contains(h1).doesNotContain(h2);
        assertRefusedWithoutData(get(procuratorate, BAYANNUR_PROCURATOR, "/api/referrals/" + h1));
        for (String id : List.of(h1, h2)) {
            assertThat(json(get(forestry, BAOTOU_FORESTRY, "/api/referrals/" + id)).read("$.parties[0].name", String.class))
                    .isEqualTo(PARTY_NAME);
            assertRefusedWithoutData(get(naturalResources, BAYANNUR_NATURAL_RESOURCES, "/api/referrals/" + id));
            assertRefusedWithoutData(get(court, BAOTOU_COURT, "/api/referrals/" + id));
            assertRefusedWithoutData(get(police, BAOTOU_POLICE, "/api/referrals/" + id));
        }
    }

    @Test
    void showsARestrictedReferralToItsNamedOfficersOnly() throws Exception {
        long before = ReferralsTopic.endOffset();
        assertProblemCode(post(forestry, BAOTOU_FORESTRY, "/api/referrals", key(), referral("150203", "H3")),
                422, "INVALID_CONTENT");
        assertProblemCode(post(forestry, BAOTOU_FORESTRY, "/api/referrals", key(), referral("150203", "H3",
                "[{\"unit\":\"FORESTRY:150200\",\"username\":\"li.na\"}]")), 422, "INVALID_CONTENT");
        assertProblemCode(post(forestry, BAOTOU_FORESTRY, "/api/referrals", key(), referral("150203", "H1",
                "[{\"unit\":\"POLICE:150203\",\"username\":\"li.wei\"}]")), 422, "INVALID_CONTENT");
        assertProblem(post(forestry, BAOTOU_FORESTRY, "/api/referrals", key(), referral("150203", "H3",
                "[{\"unit\":\"POLICE:159999\",\"username\":\"li.wei\"}]")), 400, "invalid-request");
        assertThat(ReferralsTopic.endOffset()).isEqualTo(before);

        String id = steps.submitted(forestry, BAOTOU_FORESTRY, referral("150203", "H3", """
                [{"unit":"POLICE:150203","username":"li.wei"},{"unit":"POLICE:150200","username":"zhao.gang"}]"""));
        String referral = "/api/referrals/" + id;
        DocumentContext named = awaitStatus(police, KUNDULUN_POLICE, id, "SUBMITTED");
        assertThat(named.read("$.timeline[0].content.namedOfficers[*].username", List.class))
                .containsExactly("li.wei", "zhao.gang", "zhang.xiaoming");
        assertThat(named.read("$.parties[0].name", String.class)).isEqualTo(PARTY_NAME);
        DocumentContext namedButNotAddressed = awaitStatus(police, BAOTOU_POLICE, id, "SUBMITTED");
        assertThat(namedButNotAddressed.jsonString()).doesNotContain(PARTY_NAME, PARTY_ID_NUMBER);

        assertRefusedWithoutData(get(police, KUNDULUN_POLICE_COLLEAGUE, referral));
        assertRefusedWithoutData(post(police, KUNDULUN_POLICE_COLLEAGUE, referral + "/receipt", key(), RECEIPT));
        assertThat(ids(get(police, KUNDULUN_POLICE_COLLEAGUE, "/api/inbox?size=100"))).doesNotContain(id);
        assertRefusedWithoutData(get(forestry, BAOTOU_FORESTRY_COLLEAGUE, referral));
        assertRefusedWithoutData(get(procuratorate, BAOTOU_PROCURATOR, referral));

        assertThat(ids(get(police, KUNDULUN_POLICE, "/api/inbox?size=100"))).contains(id);
        assertOk(post(police, KUNDULUN_POLICE, referral + "/receipt", key(), RECEIPT), "RECEIVED");
        assertOk(post(police, KUNDULUN_POLICE, referral + "/filing", key(),
                "{\"filingDecisionNumber\":\"包公昆立字〔2026〕53号\",\"decisionPeriod\":\"DAYS_3\"}"), "FILED");
        assertProblemCode(post(police, KUNDULUN_POLICE, referral + "/trial-submission", key(),
                "{\"court\":\"COURT:150200\",\"indictmentNumber\":\"包昆检刑诉〔2026〕54号\"}"), 422, "INVALID_CONTENT");
        assertThat(awaitStatus(forestry, BAOTOU_FORESTRY, id, "FILED").read("$.summary.handlingCode", String.class))
                .isEqualTo("H3");
    }

    /** A Baotou forestry referral of {@code handlingCode} refused by the Kundulun police and sent to supervision. */
    private static String supervisedRefusal(String handlingCode) throws Exception {
        String id = steps.receivedInKundulun(handlingCode);
        String referral = "/api/referrals/" + id;
        assertOk(post(police, KUNDULUN_POLICE, referral + "/non-filing", key(),
                "{\"reasonCode\":\"NO_CRIME\",\"reasons\":\"不构成犯罪\",\"decisionPeriod\":\"DAYS_3\",\"filesReturned\":true}"),
                "NOT_FILED");
        awaitStatus(forestry, BAOTOU_FORESTRY, id, "NOT_FILED");
        assertOk(post(forestry, BAOTOU_FORESTRY, referral + "/supervision-requests", key(),
                "{\"procuratorate\":\"PROCURATORATE:150200\",\"grounds\":\"应当立案而不立案\"}"), "SUPERVISION_REQUESTED");
        awaitStatus(police, KUNDULUN_POLICE, id, "SUPERVISION_REQUESTED");
        return id;
    }
}
