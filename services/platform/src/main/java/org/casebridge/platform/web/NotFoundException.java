package org.casebridge.platform.web;

import java.util.Map;

/**
 * 404: no such resource, or one the caller may not know exists (a hidden case answers 404, not 403, so that its
 * existence does not leak).
 */
public class NotFoundException extends ProblemException {

    public NotFoundException(String detail) {
        super(404, Problems.NOT_FOUND, null, detail, Map.of());
    }
}
