package org.casebridge.platform.serde;

/** The frame is shorter than the 5-byte header (magic byte and schema id). */
public class FrameTooShortException extends AvroSerdeException {

    public FrameTooShortException(String message, Throwable cause) {
        super(message, cause);
    }
}
