package org.casebridge.platform.registry;

/** The schema breaks the subject's compatibility rule (HTTP 409). */
public class IncompatibleSchemaException extends SchemaRegistryException {

    public IncompatibleSchemaException(String message, int errorCode) {
        super(message, 409, errorCode);
    }
}
