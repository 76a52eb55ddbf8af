package org.casebridge.platform.integrity;

import org.apache.kafka.common.errors.SerializationException;

/** An event this service cannot sign, so it is not sent: not an event, or no key for its acting agency. */
public class SigningException extends SerializationException {

    SigningException(String message) {
        super(message);
    }
}
