package org.casebridge.exchange.integrity;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes a verified event back exactly as it was received, signature headers included: for dead-letter
 * republishing, where re-encoding could change the bytes and break the signature.
 */
public final class VerifiedEventSerializer implements Serializer<VerifiedEvent> {

    @Override
    public byte[] serialize(String topic, VerifiedEvent data) {
        return data == null ? null : data.wireBytes();
    }

    @Override
    public byte[] serialize(String topic, Headers headers, VerifiedEvent data) {
        if (data != null) {
            SignatureHeaders.put(headers, data.signerId(), data.signature());
        }
        return serialize(topic, data);
    }
}
