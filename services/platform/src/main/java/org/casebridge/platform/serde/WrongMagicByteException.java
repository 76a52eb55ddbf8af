package org.casebridge.platform.serde;

/** The frame does not start with Confluent's magic byte 0: not Confluent wire format. */
public class WrongMagicByteException extends AvroSerdeException {

    public WrongMagicByteException(String message, Throwable cause) {
        super(message, cause);
    }
}
