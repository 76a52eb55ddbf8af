package org.casebridge.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.casebridge.platform.web.ProblemResponseWriter;
import org.casebridge.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as problem+json. The challenge (HTTP Basic's or the bearer token's) sets {@code WWW-Authenticate}; the
 * body never repeats why authentication failed, so it gives nothing away about which usernames exist.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final AuthenticationEntryPoint challenge;
    private final ProblemResponseWriter writer;

    /** @param challenge sets the {@code WWW-Authenticate} header and writes no body */
    ProblemAuthenticationEntryPoint(AuthenticationEntryPoint challenge, ProblemResponseWriter writer) {
        this.challenge = challenge;
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        challenge.commence(request, response, failure);
        writer.write(response, Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED,
                "Valid credentials are required for " + request.getRequestURI()));
    }
}
