package org.casebridge.platform.consumer;

/**
 * A consumed value that still holds the exact bytes it was decoded from, so that a dead-letter record carries
 * what was received (signature and all), not a re-encoding of it.
 */
public interface OriginalBytes {

    /** The record value exactly as it was read from the topic. */
    byte[] originalBytes();
}
