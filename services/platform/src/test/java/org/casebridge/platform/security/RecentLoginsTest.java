package org.casebridge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;

class RecentLoginsTest {

    private static final Caller ZHANG = new Caller("zhang.xiaoming", "张晓明", Units.parse("FORESTRY:150200"),
            Set.of(Role.OFFICER));
    private static final Instant START = Instant.parse("2026-05-04T08:00:00Z");

    private final MovingClock clock = new MovingClock();
    private final AtomicInteger checks = new AtomicInteger();

    @Test
    void remembersALoginForItsTimeToLiveOnly() {
        RecentLogins logins = new RecentLogins(Duration.ofSeconds(60), 10, clock);

        assertThat(logins.login("zhang.xiaoming", "s3cret", accepted())).isEqualTo(ZHANG);
        clock.now = START.plusSeconds(59);
        assertThat(logins.login("zhang.xiaoming", "s3cret", accepted())).isEqualTo(ZHANG);
        assertThat(checks).hasValue(1);

        clock.now = START.plusSeconds(60);
        logins.login("zhang.xiaoming", "s3cret", accepted());
        assertThat(checks).hasValue(2);
    }

    @Test
    void checksAnotherPasswordOrAShiftedSplitOfTheSameCharactersAgain() {
        RecentLogins logins = new RecentLogins(Duration.ofSeconds(60), 10, clock);
        logins.login("zhang.xiaoming", "s3cret", accepted());

        for (String[] login : new String[][] {{"zhang.xiaoming", "S3cret"}, {"zhang.xiaomings", "3cret"},
                {"zhang.xiaomin", "gs3cret"}}) {
            assertThatThrownBy(() -> logins.login(login[0], login[1], refused())).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(checks).hasValue(4);
    }

    @Test
    void neverRemembersARefusal() {
        RecentLogins logins = new RecentLogins(Duration.ofSeconds(60), 10, clock);

        assertThatThrownBy(() -> logins.login("zhang.xiaoming", "wrong", refused())).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> logins.login("zhang.xiaoming", "wrong", refused())).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(2);
    }

    @Test
    void keepsAtMostItsCapacityAndMakesRoomFromExpiredLogins() {
        RecentLogins logins = new RecentLogins(Duration.ofSeconds(60), 2, clock);
        logins.login("a", "1", accepted());
        logins.login("b", "2", accepted());

        logins.login("c", "3", accepted());
        logins.login("c", "3", accepted());
        assertThat(checks).as("full: c is not remembered").hasValue(4);

        clock.now = START.plusSeconds(61);
        logins.login("c", "3", accepted());
        logins.login("c", "3", accepted());
        assertThat(checks).hasValue(5);
    }

    @Test
    void aZeroTimeToLiveChecksEveryLogin() {
        RecentLogins logins = new RecentLogins(Duration.ZERO, 10, clock);

        logins.login("zhang.xiaoming", "s3cret", accepted());
        logins.login("zhang.xiaoming", "s3cret", accepted());

        assertThat(checks).hasValue(2);
    }

    @Test
    void simultaneousLoginsWithTheSameCredentialsShareOneCheck() throws Exception {
        RecentLogins logins = new RecentLogins(Duration.ofSeconds(60), 10, clock);
        CountDownLatch checking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Caller> first = CompletableFuture.supplyAsync(() -> logins.login("zhang.xiaoming", "s3cret", () -> {
            checking.countDown();
            awaitQuietly(release);
            return accepted().get();
        }));
        checking.await();
        CompletableFuture<Caller> waiting = new CompletableFuture<>();
        Thread second = new Thread(() -> waiting.complete(logins.login("zhang.xiaoming", "s3cret", accepted())));
        second.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> second.getState() == Thread.State.WAITING);
        release.countDown();

        assertThat(first.get()).isEqualTo(ZHANG);
        assertThat(waiting.get()).isEqualTo(ZHANG);
        assertThat(checks).hasValue(1);
    }

    private Supplier<Caller> accepted() {
        return () -> {
            checks.incrementAndGet();
            return ZHANG;
        };
    }

    private Supplier<Caller> refused() {
        return () -> {
            checks.incrementAndGet();
            throw new BadCredentialsException("Bad credentials");
        };
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class MovingClock extends Clock {
        private Instant now = START;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
