package org.casebridge.platform.integrity;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** The Kafka headers that carry an event's authorship. */
public final class SignatureHeaders {

    /** Id of the signing unit, e.g. {@code POLICE:150203}, UTF-8. */
    public static final String SIGNER = "cb-signer";
    /** Raw 64-byte Ed25519 signature over the writer schema fingerprint and the Avro body. */
    public static final String SIGNATURE = "cb-signature";

    private SignatureHeaders() {
    }

    /** Sets both headers, replacing any present, so a re-sent record never carries two signatures. */
    static void put(Headers headers, String signerId, byte[] signature) {
        headers.remove(SIGNER);
        headers.remove(SIGNATURE);
        headers.add(SIGNER, signerId.getBytes(UTF_8));
        headers.add(SIGNATURE, signature);
    }

    public static String signer(Headers headers) {
        Header header = headers.lastHeader(SIGNER);
        return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
    }

    public static byte[] signature(Headers headers) {
        Header header = headers.lastHeader(SIGNATURE);
        return header == null ? null : header.value();
    }
}
