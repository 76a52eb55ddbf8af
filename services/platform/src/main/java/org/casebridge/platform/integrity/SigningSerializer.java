package org.casebridge.platform.integrity;

import java.util.Map;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.platform.serde.WireFormat;
import org.casebridge.rules.unit.UnitIds;

/**
 * Serializes an event with the Confluent-format delegate and signs it as its acting agency: adds the
 * {@link SignatureHeaders} to the record. An event whose acting agency has no key in the ring is refused
 * before anything is serialized or registered.
 */
public final class SigningSerializer implements Serializer<Object> {

    private final Serializer<Object> delegate;
    private final WriterFingerprints fingerprints;
    private final KeyRing keyRing;

    public SigningSerializer(Serializer<Object> delegate, SchemaLookup schemas, KeyRing keyRing) {
        this.delegate = delegate;
        this.fingerprints = new WriterFingerprints(schemas);
        this.keyRing = keyRing;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        delegate.configure(configs, isKey);
    }

    /** Always refuses an event: without headers its signature would be lost. */
    @Override
    public byte[] serialize(String topic, Object data) {
        if (data == null) {
            return null;
        }
        throw new SigningException("signing needs the record's headers; serialize(topic, headers, data) is the "
                + "call Kafka's producer makes");
    }

    @Override
    public byte[] serialize(String topic, Headers headers, Object data) {
        if (data == null) {
            return null;
        }
        EventMeta meta = EventMetas.metaOf(data);
        if (meta == null) {
            throw new SigningException(data.getClass().getName() + " is not an event: it has no EventMeta 'meta' field");
        }
        String signerId = UnitIds.idOf(meta.getActingAgency());
        Ed25519PrivateKeyParameters key = keyRing.keyOf(signerId);
        if (key == null) {
            throw new SigningException("cannot sign " + data.getClass().getSimpleName() + " as " + signerId
                    + ": this service holds keys only for " + keyRing.unitIds());
        }
        byte[] frame = delegate.serialize(topic, headers, data);
        if (!WireFormat.isFrame(frame)) {
            throw new SigningException("the delegate serializer did not produce a Confluent-format frame");
        }
        byte[] signature = SignedPayload.sign(key, fingerprints.of(WireFormat.schemaId(frame)), frame);
        SignatureHeaders.put(headers, signerId, signature);
        return frame;
    }

    @Override
    public void close() {
        delegate.close();
    }
}
