package org.casebridge.platform.integrity;

/** Why a consumer refused an event; short and stable, for dead-letter headers and audit reports. */
public enum RejectionReason {
    /** The record lacks the signer or signature header. */
    UNSIGNED,
    /** The signer is not in the agency directory, or the directory has no public key for it. */
    UNKNOWN_SIGNER,
    /** The value is not a Confluent-format frame, so there is no writer schema to verify against. */
    MALFORMED_FRAME,
    /** The signature does not match the payload under the signer's public key. */
    FORGED_SIGNATURE,
    /** The decoded record is not an event of the topic catalogue. */
    UNKNOWN_EVENT_TYPE,
    /** The event names another unit as its acting agency than the one that signed it. */
    SIGNER_MISMATCH,
    /** The signer's agency type may not write this event type. */
    WRITER_NOT_ALLOWED
}
