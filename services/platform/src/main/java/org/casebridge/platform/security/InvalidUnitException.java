package org.casebridge.platform.security;

/** A unit id that is not {@code TYPE:code} with a known agency type and a six-digit division code. */
public final class InvalidUnitException extends IllegalArgumentException {

    InvalidUnitException(String unitId) {
        super("Unit must be TYPE:code with an agency type and a six-digit division code, e.g. POLICE:150203, was '"
                + unitId + "'");
    }
}
