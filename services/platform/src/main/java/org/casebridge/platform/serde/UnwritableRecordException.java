package org.casebridge.platform.serde;

/** The value is not an Avro record, or it does not fit its own schema (e.g. null in a non-null field). */
public class UnwritableRecordException extends AvroSerdeException {

    public UnwritableRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
