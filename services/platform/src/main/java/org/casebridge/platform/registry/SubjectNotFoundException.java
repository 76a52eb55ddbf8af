package org.casebridge.platform.registry;

/** The subject has no registered schema (Confluent error 40401). */
public class SubjectNotFoundException extends SchemaRegistryException {

    public static final int ERROR_CODE = 40401;

    public SubjectNotFoundException(String message) {
        super(message, 404, ERROR_CODE);
    }
}
