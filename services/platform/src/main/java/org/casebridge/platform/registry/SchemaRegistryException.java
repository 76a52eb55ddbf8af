package org.casebridge.platform.registry;

/**
 * A schema registry call failed. Unchecked because callers (serializers, startup registration) cannot
 * recover locally; subclasses name the cases they can react to.
 */
public class SchemaRegistryException extends RuntimeException {

    /** Status when no HTTP answer was received (unreachable, timed out) or none applies (in-memory). */
    public static final int NO_STATUS = -1;

    private final int httpStatus;
    private final int errorCode;

    public SchemaRegistryException(String message, int httpStatus, int errorCode, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public SchemaRegistryException(String message, int httpStatus, int errorCode) {
        this(message, httpStatus, errorCode, null);
    }

    /** The HTTP status the registry answered, or {@link #NO_STATUS}. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Confluent's error code (e.g. 40401), or the HTTP status when the registry gave none. */
    public int errorCode() {
        return errorCode;
    }
}
