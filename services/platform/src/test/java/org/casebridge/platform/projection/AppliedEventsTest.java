package org.casebridge.platform.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
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
            return 0;
        }, LONG);

        assertThat(verdict).hasValue("ACCEPTED");
        assertThat(lookups).hasValue(1);
    }

    @Test
    void findsAnEventAnotherInstanceAppliedByPolling() {
        // Nothing signals: the third look finds what the other instance recorded.
        AppliedEvents<String> polled = new AppliedEvents<>(
                id -> lookups.incrementAndGet() < 3 ? Optional.empty() : Optional.of("ACCEPTED"), Duration.ofMillis(1));

        assertThat(polled.publishAndAwait("e-2", () -> 0, LONG)).hasValue("ACCEPTED");
        assertThat(lookups).hasValue(3);
    }

    @Test
    void waitsForItsOwnConsumerWithoutLookingWhileThisInstanceOwnsThePartition() {
        AppliedEvents<String> applied = applied(Duration.ofMillis(1));
        applied.assigned(List.of(2, 3));

        // Nothing signals and nothing is recorded: on a partition of its own the waiter looks once, at the deadline,
        // where on another instance's partition it looks every millisecond (below).
        assertThat(applied.publishAndAwait("e-6", () -> 3, Duration.ofMillis(100))).isEmpty();
        assertThat(lookups).hasValue(1);

        lookups.set(0);
        assertThat(applied.publishAndAwait("e-7", () -> 4, Duration.ofMillis(100))).isEmpty();
        assertThat(lookups.get()).isGreaterThan(1);
    }

    @Test
    void looksAgainOnceThePartitionIsRevoked() {
        AppliedEvents<String> applied = applied(Duration.ofMillis(1));
        applied.assigned(List.of(3));
        applied.revoked(List.of(3));

        assertThat(applied.publishAndAwait("e-8", () -> 3, Duration.ofMillis(100))).isEmpty();
        assertThat(lookups.get()).isGreaterThan(1);
    }

    @Test
    void answersARetryFromTheDatabaseAtOnce() {
        verdicts.put("e-3", "CONFLICT");

        assertThat(applied(LONG).await("e-3", LONG)).hasValue("CONFLICT");
        assertThat(lookups).hasValue(1);
    }

    @Test
    void givesUpAfterTheTimeout() {
        assertThat(applied(Duration.ofMillis(1)).publishAndAwait("e-4", () -> 0, Duration.ofMillis(20))).isEmpty();
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
