package org.casebridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;

class RequestSizeLimitTest extends WebApiTest {

    @Test
    void refusesBodyWhoseContentLengthPassesTheLimit() throws Exception {
        DocumentContext problem = problem(command(json(commandOfSize(LIMIT * 2))), 413, Problems.PAYLOAD_TOO_LARGE);

        assertThat(problem.read("$.maxRequestBytes", Integer.class)).isEqualTo(LIMIT);
    }

    @Test
    void refusesChunkedBodyOnceItPassesTheLimit() throws Exception {
        problem(command(chunked(commandOfSize(LIMIT * 2))), 413, Problems.PAYLOAD_TOO_LARGE);
    }

    @Test
    void refusesChunkedBodyReadByTheHandlerItself() throws Exception {
        problem(asOfficer("/api/test/raw").POST(chunked(commandOfSize(LIMIT * 2))), 413, Problems.PAYLOAD_TOO_LARGE);
    }

    @Test
    void refusesOversizedBodyBeforeAuthentication() throws Exception {
        problem(request("/api/test/raw").POST(json(commandOfSize(LIMIT * 2))), 413, Problems.PAYLOAD_TOO_LARGE);
    }

    @Test
    void acceptsChunkedBodyWithinTheLimit() throws Exception {
        HttpResponse<String> response = send(command(chunked(commandOfSize(LIMIT / 2))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void acceptsBodyOfExactlyTheLimit() throws Exception {
        String body = commandOfSize(LIMIT);
        String exact = commandOfSize(LIMIT - (body.length() - LIMIT));
        assertThat(exact).hasSize(LIMIT);

        assertThat(send(command(json(exact))).statusCode()).isEqualTo(200);
        assertThat(send(command(chunked(exact))).statusCode()).isEqualTo(200);
    }

    private HttpRequest.Builder command(BodyPublisher body) {
        return asOfficer("/api/test/commands").header("Idempotency-Key", "k-1")
                .header("Content-Type", "application/json").POST(body);
    }
}
