package org.casebridge.platform.registry;

/** No registry URL answered usefully: unreachable, timed out, or 5xx after the bounded retries. */
public class RegistryUnavailableException extends SchemaRegistryException {

    public RegistryUnavailableException(String message, int httpStatus, Throwable cause) {
        super(message, httpStatus, httpStatus, cause);
    }
}
