package org.casebridge.platform.consumer;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes a dead-letter value exactly as it was received: raw bytes of an undecodable record, or the original
 * bytes of a decoded one that could not be applied.
 */
final class DeadLetterValueSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object data) {
        if (data == null || data instanceof byte[]) {
            return (byte[]) data;
        }
        if (data instanceof OriginalBytes original) {
            return original.originalBytes();
        }
        throw new SerializationException("cannot dead-letter a " + data.getClass().getName()
                + " to " + topic + ": it does not keep its original bytes");
    }
}
