package org.casebridge.platform.serde;

/** With auto.register.schemas=false (or use.latest.version=true) the subject has no matching schema. */
public class SchemaNotRegisteredException extends AvroSerdeException {

    public SchemaNotRegisteredException(String message, Throwable cause) {
        super(message, cause);
    }
}
