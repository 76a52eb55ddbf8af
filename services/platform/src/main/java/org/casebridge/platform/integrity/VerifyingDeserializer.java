package org.casebridge.platform.integrity;

import java.util.Map;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.casebridge.platform.directory.AgencyDirectory;

/**
 * Consumer-side value deserializer: decodes with the Confluent-format delegate and returns only events that
 * pass {@link EventVerifier}; anything else raises an {@link EventRejectedException} with its reason. Wrap it
 * in an ErrorHandlingDeserializer so that a rejected record goes to the dead-letter topic.
 */
public final class VerifyingDeserializer implements Deserializer<VerifiedEvent> {

    private final Deserializer<Object> delegate;
    private final EventVerifier verifier;

    /**
     * @param delegate  Confluent-format deserializer configured for specific records
     * @param schemas   writer schemas by registry id
     * @param directory the agency directory with public keys loaded
     */
    public VerifyingDeserializer(Deserializer<Object> delegate, SchemaLookup schemas, AgencyDirectory directory) {
        this.delegate = delegate;
        this.verifier = new EventVerifier(delegate, schemas, directory);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        delegate.configure(configs, isKey);
    }

    /** Without headers there is no signature, so a value is always rejected as unsigned. */
    @Override
    public VerifiedEvent deserialize(String topic, byte[] data) {
        return deserialize(topic, new RecordHeaders(), data);
    }

    @Override
    public VerifiedEvent deserialize(String topic, Headers headers, byte[] data) {
        if (data == null) {
            return null;
        }
        return verifier.verify(topic, data, SignatureHeaders.signer(headers), SignatureHeaders.signature(headers));
    }

    @Override
    public void close() {
        delegate.close();
    }
}
