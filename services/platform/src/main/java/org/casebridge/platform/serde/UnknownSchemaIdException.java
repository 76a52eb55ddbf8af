package org.casebridge.platform.serde;

/** The registry knows no schema with the id written in the frame (Confluent error 40403). */
public class UnknownSchemaIdException extends AvroSerdeException {

    public UnknownSchemaIdException(String message, Throwable cause) {
        super(message, cause);
    }
}
