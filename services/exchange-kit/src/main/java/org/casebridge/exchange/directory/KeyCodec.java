package org.casebridge.exchange.directory;

import java.util.Base64;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/** Keys travel as base64 of the raw 32 bytes, in the directory and in key files alike. */
final class KeyCodec {

    private static final int KEY_SIZE = Ed25519PublicKeyParameters.KEY_SIZE;

    private KeyCodec() {
    }

    static String encode(byte[] raw) {
        return Base64.getEncoder().encodeToString(raw);
    }

    static Ed25519PublicKeyParameters publicKey(String base64, String what) {
        byte[] raw = decode(base64, what);
        try {
            return new Ed25519PublicKeyParameters(raw);
        } catch (IllegalArgumentException e) {
            throw new AgencyDirectoryException(what + " is not a valid Ed25519 public key", e);
        }
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
