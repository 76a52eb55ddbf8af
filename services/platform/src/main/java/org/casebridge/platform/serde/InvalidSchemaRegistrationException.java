package org.casebridge.platform.serde;

/** The registry refused the record's schema as invalid (HTTP 422). */
public class InvalidSchemaRegistrationException extends AvroSerdeException {

    public InvalidSchemaRegistrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
