package org.casebridge.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet container's error page as problem+json, in place of Boot's own JSON: it answers what a filter ended
 * with {@code sendError}, such as Spring Security's firewall refusing {@code /api/referrals/%2e%2e}. A 400 there
 * is a malformed request; a 5xx says no more than a correlation id, as every other does.
 */
@Controller
final class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number && HttpStatus.resolve(number) != null
                ? HttpStatus.valueOf(number) : HttpStatus.INTERNAL_SERVER_ERROR;
        String where = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + "";
        ProblemDetail problem;
        if (status.is5xxServerError()) {
            problem = ProblemExceptionHandler.internalError(
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION), where);
        } else {
            String message = (String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
            problem = Problems.of(status, status == HttpStatus.BAD_REQUEST ? Problems.MALFORMED_REQUEST
                    : Problems.slugOf(status), message == null || message.isBlank()
                    ? "The request was refused before it reached the service (" + status.getReasonPhrase() + ")"
                    : message);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
