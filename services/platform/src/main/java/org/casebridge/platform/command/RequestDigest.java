package org.casebridge.platform.command;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What an Idempotency-Key record keeps of a request, to tell its retry from another request under the same key. */
public final class RequestDigest {

    private RequestDigest() {
    }

    /** Hex SHA-256 of the request's canonical text (UTF-8). */
    public static String of(String canonicalRequest) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalRequest.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
