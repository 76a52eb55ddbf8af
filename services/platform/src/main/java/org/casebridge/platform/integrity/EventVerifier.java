package org.casebridge.platform.integrity;

import static org.casebridge.platform.integrity.RejectionReason.FORGED_SIGNATURE;
import static org.casebridge.platform.integrity.RejectionReason.MALFORMED_FRAME;
import static org.casebridge.platform.integrity.RejectionReason.SIGNER_MISMATCH;
import static org.casebridge.platform.integrity.RejectionReason.UNKNOWN_EVENT_TYPE;
import static org.casebridge.platform.integrity.RejectionReason.UNKNOWN_SIGNER;
import static org.casebridge.platform.integrity.RejectionReason.UNSIGNED;
import static org.casebridge.platform.integrity.RejectionReason.WRITER_NOT_ALLOWED;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.casebridge.contracts.EventType;
import org.casebridge.contracts.TopicCatalogue;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.directory.AgencyUnit;
import org.casebridge.platform.serde.WireFormat;
import org.casebridge.rules.unit.UnitIds;

/**
 * Checks a received event: signed, by a known unit, over exactly these bytes, by the unit the event names as
 * acting agency, which may write this event type. The signature is checked before decoding, so forged bytes
 * never reach the Avro decoder. Used by {@link VerifyingDeserializer} on the consumer path and by auditors
 * re-checking stored events.
 */
public final class EventVerifier {

    private final Deserializer<Object> delegate;
    private final WriterFingerprints fingerprints;
    private final AgencyDirectory directory;

    /**
     * @param delegate   Confluent-format deserializer producing specific records
     * @param schemas    writer schemas by registry id
     * @param directory  the agency directory with public keys loaded
     */
    public EventVerifier(Deserializer<Object> delegate, SchemaLookup schemas, AgencyDirectory directory) {
        this.delegate = delegate;
        this.fingerprints = new WriterFingerprints(schemas);
        this.directory = directory;
    }

    /**
     * The verified event, or an {@link EventRejectedException} naming the first check that failed.
     *
     * @param signerId  value of the {@value SignatureHeaders#SIGNER} header, null if absent
     * @param signature value of the {@value SignatureHeaders#SIGNATURE} header, null if absent
     */
    public VerifiedEvent verify(String topic, byte[] wireBytes, String signerId, byte[] signature) {
        if (signerId == null || signature == null) {
            throw new EventRejectedException(UNSIGNED, "the record lacks the " + SignatureHeaders.SIGNER + " or "
                    + SignatureHeaders.SIGNATURE + " header");
        }
        AgencyUnit signer = directory.find(signerId)
                .orElseThrow(() -> new EventRejectedException(UNKNOWN_SIGNER,
                        "signer '" + signerId + "' is not in the agency directory"));
        if (!signer.hasPublicKey()) {
            throw new EventRejectedException(UNKNOWN_SIGNER,
                    "the agency directory has no public key for signer " + signerId);
        }
        if (!WireFormat.isFrame(wireBytes)) {
            throw new EventRejectedException(MALFORMED_FRAME,
                    "the value is not a Confluent-format frame (magic byte 0, schema id, Avro body)");
        }
        int schemaId = WireFormat.schemaId(wireBytes);
        byte[] fingerprint = fingerprints.of(schemaId);
        if (!SignedPayload.verify(signer.publicKey(), fingerprint, wireBytes, signature)) {
            throw new EventRejectedException(FORGED_SIGNATURE, "the signature does not match the payload under "
                    + signerId + "'s public key (writer schema id " + schemaId + ")");
        }
        Object decoded = delegate.deserialize(topic, wireBytes);
        EventType type = decoded == null ? null : TopicCatalogue.of(decoded.getClass()).orElse(null);
        if (type == null) {
            throw new EventRejectedException(UNKNOWN_EVENT_TYPE, "decoded "
                    + (decoded == null ? "null" : decoded.getClass().getName()) + ", not an event of the catalogue");
        }
        EventMeta meta = EventMetas.metaOf(decoded);
        if (!signer.is(meta.getActingAgency())) {
            throw new EventRejectedException(SIGNER_MISMATCH, type.simpleName() + " " + meta.getEventId()
                    + " is signed by " + signerId + " but names " + UnitIds.idOf(meta.getActingAgency())
                    + " as acting agency");
        }
        if (!type.writableBy(signer.type())) {
            throw new EventRejectedException(WRITER_NOT_ALLOWED, signerId + " may not write " + type.simpleName()
                    + "; its writers are " + type.writers());
        }
        return new VerifiedEvent((SpecificRecord) decoded, meta, type, signerId, schemaId,
                SignedPayload.hashHex(fingerprint, wireBytes), wireBytes, signature);
    }
}
