package org.casebridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests Tomcat refuses before any filter runs, sent byte for byte over a socket (an HTTP client would refuse to). */
class ContainerErrorsTest extends WebApiTest {

    @Test
    void answersAHeaderWithAControlCharacterWithProblemJson() throws IOException {
        String answer = exchange("GET /api/test/not-found HTTP/1.1\r\nHost: localhost\r\nX-Note: a\u007fb\r\n"
                + "Connection: close\r\n\r\n");

        assertProblem(answer);
    }

    @Test
    void answersAnOverlongHeaderWithProblemJson() throws IOException {
        String answer = exchange("POST /api/test/commands HTTP/1.1\r\nHost: localhost\r\nIdempotency-Key: "
                + "k".repeat(20_000) + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

        assertProblem(answer);
    }

    private static void assertProblem(String answer) {
        assertThat(answer).startsWith("HTTP/1.1 4")
                .containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"type\":\"" + Problems.TYPE_BASE + Problems.MALFORMED_REQUEST + "\"")
                .doesNotContain("<html", "Tomcat");
    }

    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/test/%2e%2e", "/api/test/a%2fb", "/api/test/a;jsessionid=1", "/api/test/%25"})
    void answersAPathTheFirewallRefusesAsAProblem(String path) throws Exception {
        problem(asOfficer(path), 400, Problems.MALFORMED_REQUEST);
    }
}
