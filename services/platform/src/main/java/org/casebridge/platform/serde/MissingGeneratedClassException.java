package org.casebridge.platform.serde;

/** specific.avro.reader=true but no generated SpecificRecord class exists for the writer schema. */
public class MissingGeneratedClassException extends AvroSerdeException {

    public MissingGeneratedClassException(String message, Throwable cause) {
        super(message, cause);
    }
}
