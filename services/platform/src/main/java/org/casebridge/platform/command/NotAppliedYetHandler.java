package org.casebridge.platform.command;

import org.casebridge.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A 503 problem for a command whose event is not applied yet: a temporary state, not a client error, so it is
 * not one of the 4xx {@code ProblemException}s. Ordered before the catch-all handler that answers 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class NotAppliedYetHandler {

    static final String NOT_APPLIED_YET = "not-applied-yet";

    @ExceptionHandler(NotAppliedYetException.class)
    ResponseEntity<ProblemDetail> notAppliedYet(NotAppliedYetException exception) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, NOT_APPLIED_YET, exception.getMessage());
        problem.setProperty("caseId", exception.caseId());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }
}
