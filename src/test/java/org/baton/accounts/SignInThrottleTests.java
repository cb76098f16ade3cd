package org.baton.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTests {

    Instant now = Instant.parse("2026-11-29T10:00:00Z");
    SignInThrottle throttle = new SignInThrottle(3, 100);

    @Test
    void theFirstFailuresAreFreeThenEachBlocksTwiceAsLong() {
        assertThat(throttle.failed("ana", now)).isZero();
        assertThat(throttle.failed("ana", now)).isZero();
        assertThat(throttle.failed("ana", now)).isZero();
        assertThat(throttle.blockedFor("ana", now)).isEmpty();

        assertThat(throttle.failed("ana", now)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.failed("ana", now)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.failed("ana", now)).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.blockedFor("ana", now)).contains(Duration.ofSeconds(4));
        assertThat(throttle.blockedFor("ana", now.plusSeconds(3))).contains(Duration.ofSeconds(1));
        assertThat(throttle.blockedFor("ana", now.plusSeconds(4))).isEmpty();
    }

    @Test
    void theBlockGrowsNoLongerThanFifteenMinutes() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("ana", now);
        }
        assertThat(throttle.blockedFor("ana", now)).contains(SignInThrottle.LONGEST_BLOCK);
    }

    @Test
    void keysAreThrottledApart() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ana", now);
        }
        assertThat(throttle.blockedFor("ana", now)).isPresent();
        assertThat(throttle.blockedFor("bruno", now)).isEmpty();
    }

    @Test
    void aSignInOrAnHourOfQuietForgetsTheFailures() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ana", now);
            throttle.failed("bruno", now);
        }
        throttle.succeeded("ana");
        assertThat(throttle.blockedFor("ana", now)).isEmpty();

        var later = now.plus(SignInThrottle.MEMORY).plusSeconds(1);
        assertThat(throttle.failed("bruno", later)).isZero();
    }

    @Test
    void holdsNoMoreKeysThanItsCapacity() {
        var small = new SignInThrottle(1, 2);
        small.failed("a", now);
        small.failed("a", now);
        small.failed("b", now);
        small.failed("c", now);
        small.failed("c", now);

        assertThat(small.blockedFor("a", now)).isEmpty(); // forgotten, the least recently failed
        assertThat(small.blockedFor("c", now)).isPresent();
    }

    @Test
    void onlyTheFirstBlockingFailureBeginsAThrottlingEpisode() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.failure("ana", now).episodeBegan()).isFalse();
        }
        assertThat(throttle.failure("ana", now).episodeBegan()).isTrue();
        assertThat(throttle.failure("ana", now.plusSeconds(1)).episodeBegan()).isFalse();
        assertThat(throttle.failure("ana", now.plusSeconds(3)).episodeBegan()).isFalse();
    }

    @Test
    void aNewEpisodeBeginsOnceTheFailuresAreForgotten() {
        for (int i = 0; i < 4; i++) {
            throttle.failure("ana", now);
        }
        throttle.succeeded("ana");
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.failure("ana", now).episodeBegan()).isFalse();
        }
        assertThat(throttle.failure("ana", now).episodeBegan()).isTrue();
    }
}
