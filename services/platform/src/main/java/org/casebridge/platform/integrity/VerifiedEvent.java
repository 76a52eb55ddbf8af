package org.casebridge.platform.integrity;

import java.util.Arrays;

import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.EventType;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.platform.consumer.OriginalBytes;

/**
 * An event whose signature, authorship and writer type were checked, with what an auditor needs to check it
 * again and a dead-letter publisher needs to re-send it unchanged. The arrays are shared, not copied, to keep
 * the consumer path free of copies: do not modify them.
 *
 * @param event     the decoded event
 * @param meta      its {@code meta} field
 * @param type      its catalogue entry
 * @param signerId  the unit that signed it, e.g. {@code POLICE:150203}
 * @param schemaId  the registry id of the writer schema, as received
 * @param eventHash hex SHA-256 of writer fingerprint and Avro body: what the case's next event states as
 *                  {@code meta.previousHash}
 * @param wireBytes the record value exactly as received
 * @param signature the 64-byte Ed25519 signature as received
 */
public record VerifiedEvent(SpecificRecord event, EventMeta meta, EventType type, String signerId, int schemaId,
                            String eventHash, byte[] wireBytes, byte[] signature) implements OriginalBytes {

    /** Dead letters carry the bytes as received; the recoverer copies the signature headers along. */
    @Override
    public byte[] originalBytes() {
        return wireBytes;
    }

    /** Two verified events are equal when they were received as the same signed bytes. */
    @Override
    public boolean equals(Object other) {
        return other instanceof VerifiedEvent that
                && signerId.equals(that.signerId)
                && Arrays.equals(wireBytes, that.wireBytes)
                && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return eventHash.hashCode();
    }

    @Override
    public String toString() {
        return "VerifiedEvent[" + type.simpleName() + " " + meta.getEventId() + " case " + meta.getCaseId()
                + " #" + meta.getSequence() + " by " + signerId + ", hash " + eventHash + "]";
    }
}
