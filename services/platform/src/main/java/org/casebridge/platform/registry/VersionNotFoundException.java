package org.casebridge.platform.registry;

/** The subject has no such version (Confluent error 40402). */
public class VersionNotFoundException extends SchemaRegistryException {

    public static final int ERROR_CODE = 40402;

    public VersionNotFoundException(String message) {
        super(message, 404, ERROR_CODE);
    }
}
