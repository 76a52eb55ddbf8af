package org.casebridge.platform.web;

import java.util.Map;

/** 403: the caller is known but may not do this, e.g. lacks the role or does not act for the unit. */
public class ForbiddenException extends ProblemException {

    public ForbiddenException(String detail) {
        super(403, Problems.FORBIDDEN, null, detail, Map.of());
    }
}
