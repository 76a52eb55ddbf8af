package org.casebridge.platform.web;

import java.util.List;
import java.util.Map;

/**
 * A request field that bean validation cannot judge because it names something of the exchange, e.g. a division or
 * a unit the agency directory does not list: answered like a failed validation (400 invalid-request), before any
 * event is built.
 */
public final class InvalidFieldException extends ProblemException {

    public InvalidFieldException(String field, String message) {
        super(400, Problems.INVALID_REQUEST, null, "Request has invalid fields",
                Map.of("errors", List.of(new FieldProblem(field, message))));
    }
}
