package org.casebridge.platform.serde;

/** The registry could not be asked: unreachable, timed out, 5xx after retries, or another unexpected answer. */
public class RegistryCallFailedException extends AvroSerdeException {

    public RegistryCallFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
