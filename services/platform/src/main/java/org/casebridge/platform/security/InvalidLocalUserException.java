package org.casebridge.platform.security;

/** A local user in {@code casebridge.security.users} that cannot be used; the service refuses to start. */
public final class InvalidLocalUserException extends IllegalArgumentException {

    InvalidLocalUserException(String message) {
        super(message);
    }

    InvalidLocalUserException(String message, Throwable cause) {
        super(message, cause);
    }
}
