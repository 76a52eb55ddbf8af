package org.casebridge.platform.integrity;

/**
 * The last applied event of a case: its sequence and hash.
 *
 * @param sequence sequence of the last applied event, 0 before the first
 * @param hash     hex hash of the last applied event, null before the first
 */
public record ChainHead(long sequence, String hash) {

    /** The head of a case without events. */
    public static final ChainHead EMPTY = new ChainHead(0, null);
}
