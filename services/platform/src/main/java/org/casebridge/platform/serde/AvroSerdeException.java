package org.casebridge.platform.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A record that cannot be written or read. Extends Kafka's SerializationException so that
 * ErrorHandlingDeserializer and the dead-letter recoverer treat it as poison and never retry it.
 */
public abstract class AvroSerdeException extends SerializationException {

    protected AvroSerdeException(String message, Throwable cause) {
        super(message, cause);
    }
}
