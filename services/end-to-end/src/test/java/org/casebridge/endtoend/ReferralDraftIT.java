package org.casebridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.endtoend.Agencies.BAOTOU_FORESTRY;
import static org.casebridge.endtoend.Agencies.BAOTOU_FORESTRY_COLLEAGUE;
import static org.casebridge.endtoend.Agencies.BAYANNUR_NATURAL_RESOURCES;
import static org.casebridge.endtoend.Agencies.CHIFENG_FORESTRY;
import static org.casebridge.endtoend.Agencies.KUNDULUN_POLICE;
import static org.casebridge.endtoend.Answers.assertProblem;
import static org.casebridge.endtoend.Answers.assertProblemCode;
import static org.casebridge.platform.testing.ServiceRequests.awaitStatus;
import static org.casebridge.platform.testing.ServiceRequests.delete;
import static org.casebridge.platform.testing.ServiceRequests.get;
import static org.casebridge.platform.testing.ServiceRequests.json;
import static org.casebridge.platform.testing.ServiceRequests.key;
import static org.casebridge.platform.testing.ServiceRequests.post;
import static org.casebridge.platform.testing.ServiceRequests.put;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Drafts: a forestry officer saves half a referral, a colleague of the same bureau completes it (naming the version
 * read, so that a stale change is refused), the draft is submitted and reaches the police like any referral; an
 * incomplete draft is refused with the same field problems as a request, and publishes nothing; other units never
 * see a draft.
 */
class ReferralDraftIT extends EndToEndTest {

    private static final String PARTIAL = """
            {"content": {"type": "THRESHOLD_MET",
              "caseData": {"administrativeCaseNumber": "包昆林立〔2026〕590号", "cause": "涉嫌盗伐林木（草稿）"}}}""";

    @Test
    void savesCompletesAndSubmitsADraftThatThePoliceThenReceive() throws Exception {
        HttpResponse<String> created = post(forestry, BAOTOU_FORESTRY, "/api/referral-drafts", key(), PARTIAL);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).read("$.draftId");
        assertThat(json(created).read("$.version", Integer.class)).isEqualTo(1);
        assertThat(json(created).read("$.content.caseData.cause", String.class)).isEqualTo("涉嫌盗伐林木（草稿）");
        assertThat(json(get(forestry, BAOTOU_FORESTRY_COLLEAGUE, "/api/referral-drafts")).read("$.drafts[*].draftId",
                List.class)).contains(id);

        long before = ReferralsTopic.endOffset();
        HttpResponse<String> incomplete = post(forestry, BAOTOU_FORESTRY, "/api/referral-drafts/" + id + "/submission",
                key(), "");
        assertProblem(incomplete, 400, "invalid-request");
        assertThat(json(incomplete).read("$.errors[*].field", List.class))
                .contains("caseData.suspectedOffence", "caseData.location");
        assertThat(ReferralsTopic.endOffset()).isEqualTo(before);

        String complete = "{\"version\": 1, \"content\": " + Referrals.referral("150203") + "}";
        HttpResponse<String> updated = put(forestry, BAOTOU_FORESTRY_COLLEAGUE, "/api/referral-drafts/" + id, complete);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json(updated).read("$.version", Integer.class)).isEqualTo(2);
        assertThat(json(updated).read("$.updatedBy", String.class)).isEqualTo(BAOTOU_FORESTRY_COLLEAGUE);
        assertProblemCode(put(forestry, BAOTOU_FORESTRY, "/api/referral-drafts/" + id, complete), 409, "STALE_DRAFT");

        HttpResponse<String> submitted = post(forestry, BAOTOU_FORESTRY, "/api/referral-drafts/" + id + "/submission",
                key(), "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String referralId = json(submitted).read("$.summary.referralId");
        assertThat(json(submitted).read("$.caseData.cause", String.class)).isEqualTo(Referrals.CAUSE);
        awaitStatus(police, KUNDULUN_POLICE, referralId, "SUBMITTED");
        assertProblem(get(forestry, BAOTOU_FORESTRY, "/api/referral-drafts/" + id), 404, "not-found");
    }

    @Test
    void keepsADraftWithinTheUnitThatWroteIt() throws Exception {
        String id = json(post(forestry, BAOTOU_FORESTRY, "/api/referral-drafts", key(), PARTIAL)).read("$.draftId");

        assertProblem(get(forestry, CHIFENG_FORESTRY, "/api/referral-drafts/" + id), 404, "not-found");
        assertThat(json(get(forestry, CHIFENG_FORESTRY, "/api/referral-drafts")).read("$.drafts[*].draftId", List.class))
                .doesNotContain(id);
        assertProblem(delete(forestry, CHIFENG_FORESTRY, "/api/referral-drafts/" + id), 404, "not-found");
        assertThat(get(naturalResources, BAYANNUR_NATURAL_RESOURCES, "/api/referral-drafts/" + id).statusCode())
                .isEqualTo(404);
        assertThat(get(police, KUNDULUN_POLICE, "/api/referral-drafts").statusCode()).isIn(403, 404, 405);

        assertThat(delete(forestry, BAOTOU_FORESTRY_COLLEAGUE, "/api/referral-drafts/" + id).statusCode()).isEqualTo(204);
        assertProblem(get(forestry, BAOTOU_FORESTRY, "/api/referral-drafts/" + id), 404, "not-found");
    }

    @Test
    void answersARetriedCreateWithTheDraftItMadeAndNeverMakesASecond() throws Exception {
        String key = key();
        HttpResponse<String> created = post(forestry, BAOTOU_FORESTRY, "/api/referral-drafts", key, PARTIAL);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).read("$.draftId");

        HttpResponse<String> retried = post(forestry, BAOTOU_FORESTRY_COLLEAGUE, "/api/referral-drafts", key, PARTIAL);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        assertThat(json(retried).read("$.draftId", String.class)).isEqualTo(id);
        assertThat(retried.headers().firstValue("Location")).hasValue("/api/referral-drafts/" + id);
        assertThat(json(get(forestry, BAOTOU_FORESTRY, "/api/referral-drafts?size=100")).read("$.drafts[*].draftId",
                List.class)).containsOnlyOnce(id);

        assertProblem(post(forestry, BAOTOU_FORESTRY, "/api/referral-drafts", key, "{\"content\": {}}"), 422,
                "idempotency-key-reused");
        assertProblem(post(forestry, BAOTOU_FORESTRY, "/api/referral-drafts", null, PARTIAL), 400, "missing-header");

        assertThat(delete(forestry, BAOTOU_FORESTRY, "/api/referral-drafts/" + id).statusCode()).isEqualTo(204);
        assertProblem(post(forestry, BAOTOU_FORESTRY, "/api/referral-drafts", key, PARTIAL), 404, "not-found");
        assertProblem(get(forestry, BAOTOU_FORESTRY, "/api/referral-drafts/" + id), 404, "not-found");
    }

    @Test
    void refusesContentThatIsNoObjectAndUpdatesWithoutAVersion() throws Exception {
        assertProblem(post(forestry, BAOTOU_FORESTRY, "/api/referral-drafts", key(), "{\"content\": [1, 2]}"), 400,
                "invalid-request");
        assertProblem(post(forestry, BAOTOU_FORESTRY, "/api/referral-drafts", key(), "{}"), 400, "invalid-request");
        String id = json(post(forestry, BAOTOU_FORESTRY, "/api/referral-drafts", key(), PARTIAL)).read("$.draftId");
        assertProblem(put(forestry, BAOTOU_FORESTRY, "/api/referral-drafts/" + id, PARTIAL), 400, "invalid-request");
        HttpResponse<String> wrongType = put(forestry, BAOTOU_FORESTRY, "/api/referral-drafts/" + id,
                "{\"version\": 1, \"content\": {\"caseData\": {\"suspectedOffence\": {\"article\": \"三百四十五\"}}}}");
        assertThat(wrongType.statusCode()).as(wrongType.body()).isEqualTo(200);
        assertProblem(post(forestry, BAOTOU_FORESTRY, "/api/referral-drafts/" + id + "/submission", key(), ""), 400,
                "invalid-request");
    }
}
