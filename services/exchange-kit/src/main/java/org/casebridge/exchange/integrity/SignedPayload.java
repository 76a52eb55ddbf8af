package org.casebridge.exchange.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.casebridge.exchange.serde.WireFormat;

/**
 * The bytes an event's signature and hash cover: the writer schema's fingerprint followed by the Avro body of
 * the frame. Signers and digests are not thread-safe and keep a reusable buffer, hence one per thread.
 */
final class SignedPayload {

    private static final ThreadLocal<Ed25519Signer> SIGNERS = ThreadLocal.withInitial(Ed25519Signer::new);
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(SignedPayload::sha256);

    private SignedPayload() {
    }

    static byte[] sign(Ed25519PrivateKeyParameters key, byte[] fingerprint, byte[] frame) {
        Ed25519Signer signer = SIGNERS.get();
        signer.init(true, key);
        update(signer, fingerprint, frame);
        return signer.generateSignature();
    }

    static boolean verify(Ed25519PublicKeyParameters key, byte[] fingerprint, byte[] frame, byte[] signature) {
        Ed25519Signer signer = SIGNERS.get();
        signer.init(false, key);
        update(signer, fingerprint, frame);
        return signer.verifySignature(signature);
    }

    /** Hex SHA-256 of the payload: the event's link in its case's hash chain. */
    static String hashHex(byte[] fingerprint, byte[] frame) {
        MessageDigest digest = SHA_256.get();
        digest.update(fingerprint);
        digest.update(frame, WireFormat.PAYLOAD_OFFSET, frame.length - WireFormat.PAYLOAD_OFFSET);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(Ed25519Signer signer, byte[] fingerprint, byte[] frame) {
        signer.update(fingerprint, 0, fingerprint.length);
        signer.update(frame, WireFormat.PAYLOAD_OFFSET, frame.length - WireFormat.PAYLOAD_OFFSET);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
