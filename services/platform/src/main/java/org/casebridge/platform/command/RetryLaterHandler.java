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
 * A 503 problem with {@code Retry-After} for a command whose outcome is not known yet: a temporary state, not a
 * client error, so it is not one of the 4xx {@code ProblemException}s. Ordered before the catch-all handler that
 * answers 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class RetryLaterHandler {

    @ExceptionHandler(RetryLaterException.class)
    ResponseEntity<ProblemDetail> retryLater(RetryLaterException exception) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, exception.problemType(),
                exception.getMessage());
        problem.setProperty("caseId", exception.caseId());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(exception.retryAfter().toSeconds())).body(problem);
    }
}
