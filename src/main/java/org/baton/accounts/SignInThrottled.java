package org.baton.accounts;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many wrong passwords for this account or from this address: no password is checked until {@code retryAfter}. */
public class SignInThrottled extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottled(Duration retryAfter) {
        super("Too many failed sign-ins: try again in " + seconds(retryAfter) + " s.");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least one. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
