package org.casebridge.exchange.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RecentLoginsTest {

    private static final Caller ZHANG = new Caller("zhang.xiaoming", "张晓明", Units.parse("FORESTRY:150200"),
            Set.of(Role.OFFICER));
    private static final Instant START = Instant.parse("2026-05-04T08:00:00Z");

    @Test
    void remembersALoginForItsTimeToLiveOnly() {
        MovingClock clock = new MovingClock();
        RecentLogins logins = new RecentLogins(Duration.ofSeconds(60), 10, clock);
        logins.remember("zhang.xiaoming", "s3cret", ZHANG);

        assertThat(logins.find("zhang.xiaoming", "s3cret")).contains(ZHANG);
        clock.now = START.plusSeconds(59);
        assertThat(logins.find("zhang.xiaoming", "s3cret")).contains(ZHANG);
        clock.now = START.plusSeconds(60);
        assertThat(logins.find("zhang.xiaoming", "s3cret")).isEmpty();
    }

    @Test
    void findsNothingForAnotherPasswordOrAShiftedSplitOfTheSameCharacters() {
        RecentLogins logins = new RecentLogins(Duration.ofSeconds(60), 10, Clock.fixed(START, ZoneOffset.UTC));
        logins.remember("zhang.xiaoming", "s3cret", ZHANG);

        assertThat(logins.find("zhang.xiaoming", "S3cret")).isEmpty();
        assertThat(logins.find("zhang.xiaomings", "3cret")).isEmpty();
        assertThat(logins.find("zhang.xiaomin", "gs3cret")).isEmpty();
    }

    @Test
    void keepsAtMostItsCapacityAndMakesRoomFromExpiredLogins() {
        MovingClock clock = new MovingClock();
        RecentLogins logins = new RecentLogins(Duration.ofSeconds(60), 2, clock);
        logins.remember("a", "1", ZHANG);
        logins.remember("b", "2", ZHANG);

        logins.remember("c", "3", ZHANG);
        assertThat(logins.find("c", "3")).as("full: not remembered").isEmpty();
        assertThat(logins.find("a", "1")).contains(ZHANG);

        clock.now = START.plusSeconds(61);
        logins.remember("c", "3", ZHANG);
        assertThat(logins.find("c", "3")).contains(ZHANG);
    }

    @Test
    void aZeroTimeToLiveRemembersNothing() {
        RecentLogins logins = new RecentLogins(Duration.ZERO, 10, Clock.fixed(START, ZoneOffset.UTC));
        logins.remember("zhang.xiaoming", "s3cret", ZHANG);

        assertThat(logins.find("zhang.xiaoming", "s3cret")).isEmpty();
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
