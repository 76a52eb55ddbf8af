package org.casebridge.platform.directory;

import java.util.Base64;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** Keys travel as base64 of the raw 32 bytes, in the directory and in key files alike. */
final class KeyCodec {

    private static final int KEY_SIZE = Ed25519PublicKeyParameters.KEY_SIZE;

    private KeyCodec() {
    }

    static String encode(byte[] raw) {
        return Base64.getEncoder().encodeToString(raw);
    }

    /**
     * Fully validated, once per unit: a point of the curve's prime-order group. That refuses, besides bytes that
     * are no point at all, a key with a small-order component, which no honest key generation makes. The key
     * object keeps the decoded point, so verifications never decode the key again.
     */
    static Ed25519PublicKeyParameters publicKey(String base64, String what) {
        Ed25519.PublicPoint point = Ed25519.validatePublicKeyFullExport(decode(base64, what), 0);
        if (point == null) {
            throw new AgencyDirectoryException(what + " is not a valid Ed25519 public key");
        }
        return new Ed25519PublicKeyParameters(point);
    }

    static Ed25519PrivateKeyParameters privateKey(String base64, String what) {
        return new Ed25519PrivateKeyParameters(decode(base64, what));
    }

    private static byte[] decode(String base64, String what) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new AgencyDirectoryException(what + " is not base64: " + e.getMessage(), e);
        }
        if (raw.length != KEY_SIZE) {
            throw new AgencyDirectoryException(
                    what + " has " + raw.length + " bytes; an Ed25519 key has " + KEY_SIZE);
        }
        return raw;
    }
}
