package org.casebridge.platform.registry;

/** The registry refused the schema as malformed (HTTP 422, Confluent error 42201). */
public class InvalidSchemaException extends SchemaRegistryException {

    public static final int INVALID_SCHEMA = 42201;
    /** Not a schema problem: answered for an unknown compatibility level, so it maps to the base type. */
    static final int INVALID_COMPATIBILITY_LEVEL = 42203;

    public InvalidSchemaException(String message, int errorCode) {
        super(message, 422, errorCode);
    }
}
