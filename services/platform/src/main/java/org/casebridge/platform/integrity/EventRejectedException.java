package org.casebridge.platform.integrity;

import org.apache.kafka.common.errors.SerializationException;
import org.casebridge.platform.consumer.ReasonCoded;

/**
 * A received event that must not be applied. Extends Kafka's {@link SerializationException}, so that an
 * ErrorHandlingDeserializer hands the record to the dead-letter recoverer instead of retrying it.
 */
public class EventRejectedException extends SerializationException implements ReasonCoded {

    private final RejectionReason reason;

    EventRejectedException(RejectionReason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    /** The machine-readable reason. */
    public RejectionReason reason() {
        return reason;
    }

    @Override
    public String reasonCode() {
        return reason.name();
    }
}
