package org.casebridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest extends WebApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "key with spaces", "tab\tkey"})
    void refusesAKeyThatIsEmptyOrHoldsWhitespace(String key) throws Exception {
        DocumentContext problem = problem(command(key), 400, Problems.INVALID_HEADER);

        assertThat(problem.read("$.header", String.class)).isEqualTo("Idempotency-Key");
    }

    @Test
    void refusesAKeyLongerThanTheKeyColumns() throws Exception {
        DocumentContext problem = problem(command("k".repeat(201)), 400, Problems.INVALID_HEADER);

        assertThat(problem.read("$.maxLength", Integer.class)).isEqualTo(200);
    }

    @Test
    void acceptsAUuidAndAKeyOfTheFullLength() throws Exception {
        for (String key : new String[] {"6f1c3c2e-0b7e-4c53-9d0e-2f4c1a7d9b11", "k".repeat(200)}) {
            HttpResponse<String> response = send(command(key));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
    }

    private HttpRequest.Builder command(String key) {
        return asOfficer("/api/test/commands").header("Idempotency-Key", key)
                .header("Content-Type", "application/json").POST(json("{\"title\": \"t\", \"quantity\": 1}"));
    }
}
