package org.casebridge.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The successful logins of the last {@code ttl}, so that a client sending its credentials with every request
 * (HTTP Basic) pays for bcrypt once per {@code ttl} rather than once per request: bcrypt is slow on purpose, tens
 * of milliseconds of CPU a check, which would cap a service at a few dozen requests per second per core.
 * <p>
 * A cache only, per process: the key is the SHA-256 of a random salt made at start, the username and the
 * password, so the cache holds no password and nothing of use outside this process. Only successes are kept: a
 * wrong password is checked with bcrypt every time. At most {@code capacity} logins are kept; when full, expired
 * ones are dropped, and a new login is simply not remembered while it stays full.
 */
final class RecentLogins {

    private final Duration ttl;
    private final int capacity;
    private final Clock clock;
    private final byte[] salt = new byte[32];
    private final Map<String, Remembered> logins = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Caller>> checking = new ConcurrentHashMap<>();

    RecentLogins(Duration ttl, int capacity, Clock clock) {
        this.ttl = ttl;
        this.capacity = capacity;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    /**
     * The caller these credentials authenticated within the last {@code ttl}; else {@code check}'s answer (bcrypt),
     * remembered when it is a caller. Concurrent logins with the same credentials share one check, so that a
     * client's parallel requests cost one bcrypt when its login expires, not one each.
     */
    Caller login(String username, String password, Supplier<Caller> check) {
        if (ttl.isZero()) {
            return check.get();
        }
        String key = key(username, password);
        Remembered remembered = logins.get(key);
        if (remembered != null && remembered.expiresAt().isAfter(clock.instant())) {
            return remembered.caller();
        }
        CompletableFuture<Caller> mine = new CompletableFuture<>();
        CompletableFuture<Caller> running = checking.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            Caller caller = check.get();
            remember(key, caller);
            mine.complete(caller);
            return caller;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(key, mine);
        }
    }

    private void remember(String key, Caller caller) {
        Instant now = clock.instant();
        if (logins.size() >= capacity) {
            logins.values().removeIf(remembered -> !remembered.expiresAt().isAfter(now));
        }
        if (logins.size() < capacity) {
            logins.put(key, new Remembered(caller, now.plus(ttl)));
        }
    }

    /** The outcome of the same credentials' check in another request: its caller, or its refusal. */
    private static Caller await(CompletableFuture<Caller> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            throw e;
        }
    }

    private String key(String username, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            // Length-prefixed, so that ("ab", "c") and ("a", "bc") differ.
            byte[] name = username.getBytes(StandardCharsets.UTF_8);
            sha256.update(HexFormat.of().toHexDigits(name.length).getBytes(StandardCharsets.US_ASCII));
            sha256.update(name);
            sha256.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private record Remembered(Caller caller, Instant expiresAt) {
    }
}
