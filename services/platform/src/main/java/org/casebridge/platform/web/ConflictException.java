package org.casebridge.platform.web;

import java.util.Map;

/**
 * 409: the command does not fit the case's current state, e.g. a stale view ({@code STALE_VIEW}) or an illegal
 * transition ({@code ILLEGAL_TRANSITION}); the caller should reload and decide again.
 */
public class ConflictException extends ProblemException {

    public ConflictException(String code, String detail) {
        this(code, detail, Map.of());
    }

    public ConflictException(String code, String detail, Map<String, ?> properties) {
        super(409, Problems.CONFLICT, requireCode(code), detail, properties);
    }

    private static String requireCode(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A conflict needs a machine code, e.g. ILLEGAL_TRANSITION");
        }
        return code;
    }
}
