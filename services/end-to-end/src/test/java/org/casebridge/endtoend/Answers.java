package org.casebridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.platform.testing.ServiceRequests.json;

import java.net.http.HttpResponse;

/** What the services answer, as the tests expect it. */
final class Answers {

    private Answers() {
    }

    /** 200 with the referral in {@code status}. */
    static void assertOk(HttpResponse<String> response, String status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).read("$.summary.status", String.class)).isEqualTo(status);
    }

    /** A problem+json of {@code status} whose type ends with {@code slug}. */
    static void assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.body()).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).read("$.type", String.class)).endsWith("/" + slug);
    }

    /** A problem+json of {@code status} with the domain {@code code} (e.g. 409 ILLEGAL_TRANSITION). */
    static void assertProblemCode(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.body()).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).read("$.code", String.class)).as(response.body()).isEqualTo(code);
    }

    /** Refused without a word about the referral: 403 or 404 (or 405 where the route does not exist), never data. */
    static void assertRefusedWithoutData(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isIn(403, 404, 405);
        assertThat(response.body()).doesNotContain(Referrals.CAUSE, Referrals.PARTY_NAME, Referrals.PARTY_ID_NUMBER);
    }
}
