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
 * Answers 413 to a request body larger than the limit: at once when Content-Length says so (nothing of the body
 * is read), or as soon as a chunked body passes the limit while being read. Runs before Spring Security, so an
 * oversized body costs no authentication either.
 */
final class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final ProblemResponseWriter writer;

    RequestSizeLimitFilter(long limit, ProblemResponseWriter writer) {
        this.limit = limit;
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            writer.write(response, problem(limit));
            return;
        }
        if (declared >= 0) {
            // The container stops at Content-Length, so a declared length within the limit needs no counting.
            chain.doFilter(request, response);
            return;
        }
        // Exceeding the limit while reading throws PayloadTooLargeException, which the problem handler answers.
        chain.doFilter(new SizeLimitedRequest(request, limit), response);
    }

    static ProblemDetail problem(long limit) {
        ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE,
                Problems.PAYLOAD_TOO_LARGE, "The request body exceeds the limit of " + limit + " bytes");
        problem.setProperty("maxRequestBytes", limit);
        return problem;
    }
}
