package org.casebridge.platform.directory;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret with which a service turns personal identifiers (suspects' id numbers) into keyed hashes
 * (HMAC-SHA-256), so that its indexes can match people without holding their numbers: an id number has too
 * little entropy for a plain hash to hide it. At least 32 bytes, base64; from configuration
 * ({@code casebridge.personal-data-key}, env {@code CASEBRIDGE_PERSONAL_DATA_KEY}) or the file {@value #FILE_NAME}
 * in the keys directory; never in the repository. Every instance of a service must hold the same key; a service
 * re-keys its indexes when it starts with another one (see {@link #fingerprint()}).
 */
public final class PersonalDataKey {

    public static final String FILE_NAME = "personal-data.key";
    private static final int MIN_BYTES = 32;
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;
    private final String fingerprint;

    private PersonalDataKey(byte[] raw) {
        if (raw.length < MIN_BYTES) {
            throw new IllegalArgumentException("the personal-data key has " + raw.length + " bytes; it needs at least "
                    + MIN_BYTES + " random bytes, base64-encoded");
        }
        this.key = new SecretKeySpec(raw, HMAC);
        this.fingerprint = HexFormat.of().formatHex(sha256(raw)).substring(0, 16);
    }

    /** The key from its base64 text. */
    public static PersonalDataKey of(String base64) {
        try {
            return new PersonalDataKey(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the personal-data key is not valid: " + e.getMessage(), e);
        }
    }

    /**
     * The configured key, else the one in {@code keysDir}.
     *
     * @throws IllegalStateException when neither exists, naming both places
     */
    public static PersonalDataKey load(String configured, Path keysDir) {
        if (configured != null && !configured.isBlank()) {
            return of(configured);
        }
        Path file = keysDir == null ? null : keysDir.resolve(FILE_NAME);
        if (file == null || !Files.isRegularFile(file)) {
            throw new IllegalStateException("No personal-data key: set casebridge.personal-data-key (env "
                    + "CASEBRIDGE_PERSONAL_DATA_KEY) to base64 of at least 32 random bytes, e.g. from "
                    + "'openssl rand -base64 32', or put it in " + (file == null ? FILE_NAME : file)
                    + "; every instance of the service needs the same key");
        }
        try {
            return of(Files.readString(file, US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Writes a new random key into {@code keysDir} unless one is there (owner-only), for local runs.
     *
     * @return whether a key was written
     */
    public static boolean generateMissing(Path keysDir) {
        Path file = keysDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return false;
        }
        byte[] raw = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(raw);
        try {
            Files.createDirectories(keysDir);
            AgencyKeys.writeOwnerOnly(file, raw);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return true;
    }

    /** The keyed hash of a value, 64 hex digits. */
    public String hash(String value) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    /** Names the key without revealing it (the first 16 hex digits of its SHA-256): which key built an index. */
    public String fingerprint() {
        return fingerprint;
    }

    private static byte[] sha256(byte[] raw) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(raw);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
