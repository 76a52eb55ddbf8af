package org.casebridge.exchange.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class AppliedEventsTest {

    private static final Duration LONG = Duration.ofHours(1);

    private final Map<String, String> verdicts = new ConcurrentHashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();

    private AppliedEvents<String> applied(Duration pollInterval) {
        return new AppliedEvents<>(id -> {
            lookups.incrementAndGet();
            return Optional.ofNullable(verdicts.get(id));
        }, pollInterval);
    }

    // The guard only ends a hang: were the wait begun after publishing, the signal below would be missed and
    // the verdict found after the poll interval of an hour.
    @Test
    @Timeout(60)
    void seesItsEventAppliedWhilePublishingAndLooksOnceAppliedOnly() {
        AppliedEvents<String> applied = applied(LONG);

        Optional<String> verdict = applied.publishAndAwait("e-1", () -> {
            verdicts.put("e-1", "ACCEPTED");
            applied.applied("e-1");
        }, LONG);

        assertThat(verdict).hasValue("ACCEPTED");
        assertThat(lookups).hasValue(1);
    }

    @Test
    void findsAnEventAnotherInstanceAppliedByPolling() {
        // Nothing signals: the third look finds what the other instance recorded.
        AppliedEvents<String> polled = new AppliedEvents<>(
                id -> lookups.incrementAndGet() < 3 ? Optional.empty() : Optional.of("ACCEPTED"), Duration.ofMillis(1));

        assertThat(polled.publishAndAwait("e-2", () -> { }, LONG)).hasValue("ACCEPTED");
        assertThat(lookups).hasValue(3);
    }

    @Test
    void answersARetryFromTheDatabaseAtOnce() {
        verdicts.put("e-3", "CONFLICT");

        assertThat(applied(LONG).await("e-3", LONG)).hasValue("CONFLICT");
        assertThat(lookups).hasValue(1);
    }

    @Test
    void givesUpAfterTheTimeout() {
        assertThat(applied(Duration.ofMillis(1)).publishAndAwait("e-4", () -> { }, Duration.ofMillis(20))).isEmpty();
        assertThat(applied(Duration.ofMillis(1)).await("e-4", Duration.ofMillis(20))).isEmpty();
    }

    @Test
    void throwsWhatPublishingThrew() {
        AppliedEvents<String> applied = applied(LONG);

        assertThatThrownBy(() -> applied.publishAndAwait("e-5", () -> {
            throw new IllegalStateException("broker down");
        }, LONG)).hasMessage("broker down");
        assertThat(lookups).hasValue(0);
    }
}
