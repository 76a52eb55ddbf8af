package org.casebridge.exchange.referral.administrative;

import java.util.List;
import java.util.Map;

import org.casebridge.exchange.web.FieldProblem;
import org.casebridge.exchange.web.ProblemException;
import org.casebridge.exchange.web.Problems;

/** A location in a division no police unit of the directory covers: the referral could not be routed. */
final class UnknownDivisionException extends ProblemException {

    UnknownDivisionException(String field, String divisionCode) {
        super(400, Problems.INVALID_REQUEST, null, "Request has invalid fields",
                Map.of("errors", List.of(new FieldProblem(field,
                        "division " + divisionCode + " is not in the agency directory: no police unit to refer to"))));
    }
}
