package org.casebridge.platform.serde;

/** The Avro body after the header is truncated or does not decode with its writer schema. */
public class CorruptPayloadException extends AvroSerdeException {

    public CorruptPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
