package org.casebridge.platform.serde;

/** The registry refused to register the record's schema as incompatible with its subject (HTTP 409). */
public class IncompatibleSchemaRegistrationException extends AvroSerdeException {

    public IncompatibleSchemaRegistrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
