package org.casebridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;

class ProblemJsonTest extends WebApiTest {

    private static final String VALID_COMMAND = "{\"title\":\"非法占用农用地\",\"quantity\":2,\"parties\":[]}";

    @Test
    void acceptsValidCommand() throws Exception {
        HttpResponse<String> response = send(asOfficer("/api/test/commands").header("Idempotency-Key", "k-1")
                .header("Content-Type", "application/json").POST(json(VALID_COMMAND)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("非法占用农用地");
    }

    @Test
    void reportsConflictWithCodeAndChineseDetailUnchanged() throws Exception {
        DocumentContext problem = problem(asOfficer("/api/test/conflict"), 409, "conflict");

        assertThat(problem.read("$.code", String.class)).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(problem.read("$.detail", String.class)).isEqualTo(TestController.CONFLICT_DETAIL);
        assertThat(problem.read("$.caseStatus", String.class)).isEqualTo("FILED");
    }

    @Test
    void keepsExtraPropertiesOfDomainProblems() throws Exception {
        DocumentContext problem = problem(asOfficer("/api/test/unprocessable"), 422, Problems.UNPROCESSABLE);

        assertThat(problem.read("$.code", String.class)).isEqualTo("DEADLINE_PASSED");
        assertThat(problem.read("$.detail", String.class)).isEqualTo("Reconsideration was due within 3 days");
    }

    @Test
    void reportsEachBusinessExceptionWithItsStatusAndType() throws Exception {
        problem(asOfficer("/api/test/not-found"), 404, Problems.NOT_FOUND);
        problem(asOfficer("/api/test/forbidden"), 403, Problems.FORBIDDEN);
        DocumentContext reused = problem(asOfficer("/api/test/idempotency"), 422, Problems.IDEMPOTENCY_KEY_REUSED);
        assertThat(reused.read("$.idempotencyKey", String.class)).isEqualTo("k-1");
    }

    @Test
    void namesTheFieldOfAWrongJsonType() throws Exception {
        DocumentContext problem = problem(postCommand("{\"title\":\"t\",\"quantity\":\"many\",\"parties\":[]}"),
                400, Problems.MALFORMED_REQUEST);

        assertThat(problem.read("$.field", String.class)).isEqualTo("quantity");
        assertThat(problem.read("$.detail", String.class)).contains("'quantity'").doesNotContain("TestController");
    }

    @Test
    void namesTheLineOfMalformedJson() throws Exception {
        DocumentContext problem = problem(postCommand("{\n  \"title\": \"t\",\n  \"quantity\": }"),
                400, Problems.MALFORMED_REQUEST);

        assertThat(problem.read("$.line", Integer.class)).isEqualTo(3);
        assertThat(problem.read("$.column", Integer.class)).isPositive();
    }

    @Test
    void listsEveryInvalidFieldOfTheBody() throws Exception {
        DocumentContext problem = problem(postCommand("{\"title\":\" \",\"quantity\":0,\"parties\":[{\"name\":\"\"}]}"),
                400, Problems.INVALID_REQUEST);

        List<String> fields = problem.read("$.errors[*].field");
        assertThat(fields).containsExactlyInAnyOrder("title", "quantity", "parties[0].name");
        List<String> messages = problem.read("$.errors[*].message");
        assertThat(messages).allSatisfy(message -> assertThat(message).isNotBlank());
    }

    @Test
    void listsInvalidRequestParameterByItsName() throws Exception {
        DocumentContext problem = problem(asOfficer("/api/test/quantity?value=0"), 400, Problems.INVALID_REQUEST);

        List<String> fields = problem.read("$.errors[*].field");
        assertThat(fields).containsExactly("value");
    }

    @Test
    void listsConstraintViolationsOfValidatedServices() throws Exception {
        DocumentContext problem = problem(asOfficer("/api/test/named?name=" + "x".repeat(11)), 400,
                Problems.INVALID_REQUEST);

        List<String> fields = problem.read("$.errors[*].field");
        assertThat(fields).containsExactly("name");
    }

    @Test
    void namesTheMissingHeader() throws Exception {
        DocumentContext problem = problem(asOfficer("/api/test/commands")
                .header("Content-Type", "application/json").POST(json(VALID_COMMAND)), 400, Problems.MISSING_HEADER);

        assertThat(problem.read("$.header", String.class)).isEqualTo("Idempotency-Key");
    }

    @Test
    void refusesUnsupportedContentType() throws Exception {
        problem(asOfficer("/api/test/commands").header("Idempotency-Key", "k-1")
                .header("Content-Type", "text/plain").POST(json(VALID_COMMAND)), 415, "unsupported-media-type");
    }

    @Test
    void refusesUnsupportedMethod() throws Exception {
        problem(asOfficer("/api/test/conflict").DELETE(), 405, "method-not-allowed");
    }

    @Test
    void answersUnknownRouteWithNotFound() throws Exception {
        problem(asOfficer("/api/test/no-such-route"), 404, Problems.NOT_FOUND);
    }

    @Test
    void answersProblemJsonEvenToClientsAskingForHtml() throws Exception {
        problem(asOfficer("/api/test/not-found").header("Accept", "text/html"), 404, Problems.NOT_FOUND);
    }

    @Test
    void hidesUnexpectedFailuresBehindACorrelationId() throws Exception {
        DocumentContext problem = problem(asOfficer("/api/test/boom"), 500, Problems.INTERNAL_ERROR);

        assertThat(problem.read("$.correlationId", String.class)).isNotBlank();
        assertThat(problem.read("$.detail", String.class)).contains(problem.read("$.correlationId", String.class));
        assertThat(problem.jsonString()).doesNotContain(TestController.SECRET, "IllegalStateException", "at org.");
        assertThat(problem.read("$", Map.class)).doesNotContainKeys("trace", "exception", "message");
    }

    private HttpRequest.Builder postCommand(String body) {
        return asOfficer("/api/test/commands").header("Idempotency-Key", "k-1")
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(body));
    }
}
