package org.casebridge.platform.web;

import java.io.IOException;

/**
 * Thrown by a size-limited request body when a body without Content-Length (chunked) passes the limit. An
 * {@link IOException}, because it surfaces from {@code InputStream.read}; JSON readers wrap it, so callers look
 * for it along the cause chain ({@link #foundIn}).
 */
final class PayloadTooLargeException extends IOException {

    private final long limit;

    PayloadTooLargeException(long limit) {
        super("Request body exceeds " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }

    /** The size-limit failure behind this throwable, or null when there is none. */
    static PayloadTooLargeException foundIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
