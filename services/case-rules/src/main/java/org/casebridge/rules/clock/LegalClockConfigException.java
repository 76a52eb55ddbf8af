package org.casebridge.rules.clock;

/** The legal-clock configuration is unusable: malformed YAML, a missing field, an inconsistent or duplicate entry. */
public class LegalClockConfigException extends RuntimeException {

    public LegalClockConfigException(String message) {
        super(message);
    }

    public LegalClockConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
