package org.casebridge.platform.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.casebridge.platform.serde.WireFormat;

/**
 * The bytes an event's signature and hash cover: the writer schema's fingerprint followed by the Avro body of
 * the frame. Signs and verifies with the key objects' own Ed25519 operations (pure Ed25519, no context), which
 * reuse the curve point each key decoded once; BouncyCastle's {@code Ed25519Signer} would add a synchronized
 * buffer that it zero-fills after every call. Buffers and digests are not thread-safe, hence one per thread.
 */
final class SignedPayload {

    private static final int SIGNATURE_SIZE = Ed25519.SIGNATURE_SIZE;

    private static final ThreadLocal<Message> MESSAGES = ThreadLocal.withInitial(Message::new);
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(SignedPayload::sha256);

    private SignedPayload() {
    }

    static byte[] sign(Ed25519PrivateKeyParameters key, byte[] fingerprint, byte[] frame) {
        Message message = MESSAGES.get().of(fingerprint, frame);
        byte[] signature = new byte[SIGNATURE_SIZE];
        key.sign(Ed25519.Algorithm.Ed25519, null, message.bytes, 0, message.length, signature, 0);
        return signature;
    }

    /** False for a signature of any other length than 64 bytes, as for a wrong one. */
    static boolean verify(Ed25519PublicKeyParameters key, byte[] fingerprint, byte[] frame, byte[] signature) {
        if (signature.length != SIGNATURE_SIZE) {
            return false;
        }
        Message message = MESSAGES.get().of(fingerprint, frame);
        return key.verify(Ed25519.Algorithm.Ed25519, null, message.bytes, 0, message.length, signature, 0);
    }

    /** Hex SHA-256 of the payload: the event's link in its case's hash chain. */
    static String hashHex(byte[] fingerprint, byte[] frame) {
        MessageDigest digest = SHA_256.get();
        digest.update(fingerprint);
        digest.update(frame, WireFormat.PAYLOAD_OFFSET, frame.length - WireFormat.PAYLOAD_OFFSET);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Fingerprint and body side by side: Ed25519 hashes the message together with the signature's R and the
     * public key, so it needs the message in one piece. The array is kept and grows to the largest event seen.
     */
    private static final class Message {
        private byte[] bytes = new byte[4096];
        private int length;

        Message of(byte[] fingerprint, byte[] frame) {
            int body = frame.length - WireFormat.PAYLOAD_OFFSET;
            length = fingerprint.length + body;
            if (bytes.length < length) {
                bytes = new byte[length];
            }
            System.arraycopy(fingerprint, 0, bytes, 0, fingerprint.length);
            System.arraycopy(frame, WireFormat.PAYLOAD_OFFSET, bytes, fingerprint.length, body);
            return this;
        }
    }
}
