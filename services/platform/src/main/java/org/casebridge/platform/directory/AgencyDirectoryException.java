package org.casebridge.platform.directory;

/** The agency directory or a key file is unusable: malformed YAML, an inconsistent entry or bad key material. */
public class AgencyDirectoryException extends RuntimeException {

    public AgencyDirectoryException(String message) {
        super(message);
    }

    public AgencyDirectoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
