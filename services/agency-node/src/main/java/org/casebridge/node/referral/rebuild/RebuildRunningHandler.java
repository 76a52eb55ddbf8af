package org.casebridge.node.referral.rebuild;

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
 * 503 problem+json for a command during a rebuild: temporary, so not one of the 4xx {@code ProblemException}s.
 * Ordered before the catch-all handler that answers 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
final class RebuildRunningHandler {

    static final String REBUILD_RUNNING = "rebuild-running";
    /** Seconds; a rebuild replays thousands of records a second, most finish within a minute. */
    private static final String RETRY_AFTER = "5";

    @ExceptionHandler(RebuildRunningException.class)
    ResponseEntity<ProblemDetail> rebuildRunning(RebuildRunningException exception) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, REBUILD_RUNNING, exception.getMessage());
        problem.setProperty("appliedRecords", exception.status().appliedRecords());
        problem.setProperty("totalRecords", exception.status().totalRecords());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER)
                .body(problem);
    }
}
