package org.casebridge.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400 {@code invalid-header} to an {@code Idempotency-Key} that cannot be recorded: empty, longer than
 * {@value #MAX_LENGTH} characters (the width of the key columns) or holding anything but visible ASCII. Without
 * it a too-long key failed as a database error (500) after the command had been judged, and an empty one made
 * every keyless client of a unit share one key. Whether a command needs the header at all its handler says
 * (400 {@code missing-header}); this filter only checks a key that was sent.
 */
final class IdempotencyKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 200;

    private final ProblemResponseWriter writer;

    IdempotencyKeyFilter(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key != null && !recordable(key)) {
            writer.write(response, problem());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean recordable(String key) {
        return !key.isEmpty() && key.length() <= MAX_LENGTH && key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_HEADER, "Header '" + HEADER
                + "' must be 1 to " + MAX_LENGTH + " visible ASCII characters, e.g. a UUID");
        problem.setProperty("header", HEADER);
        problem.setProperty("maxLength", MAX_LENGTH);
        return problem;
    }
}
