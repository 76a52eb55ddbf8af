package org.casebridge.platform.registry;

/** No schema has this id, or the schema is not registered under the subject (Confluent error 40403). */
public class SchemaNotFoundException extends SchemaRegistryException {

    public static final int ERROR_CODE = 40403;

    public SchemaNotFoundException(String message) {
        super(message, 404, ERROR_CODE);
    }
}
