package org.casebridge.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem as {@code application/problem+json} straight to the servlet response, for the places that
 * answer before Spring MVC runs: the request size filter and Spring Security's entry point and access-denied
 * handler. Headers already set (e.g. {@code WWW-Authenticate}) are kept.
 */
public final class ProblemResponseWriter {

    private final JsonMapper mapper;

    /** @param mapper the application's JSON mapper; the problem's extra properties are written at the top level */
    public ProblemResponseWriter(JsonMapper mapper) {
        this.mapper = mapper.rebuild().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        byte[] body = mapper.writeValueAsBytes(problem);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
