package org.baton.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signing in with a password, on the sign-in form and over HTTP Basic alike, throttled per account and per
 * client address ({@link SignInThrottle}): while either is blocked, no password is checked and the attempt is
 * refused with {@link SignInThrottled}.
 */
@Component
public class SignIns implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(SignIns.class);
    private static final int KEYS_REMEMBERED = 100_000;

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle perAccount;
    private final SignInThrottle perAddress;
    private final Clock clock;

    SignIns(
            Accounts accounts,
            Clock clock,
            @Value("${baton.sign-in.free-attempts-per-account:5}") int freePerAccount,
            @Value("${baton.sign-in.free-attempts-per-address:20}") int freePerAddress) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(accounts.passwordEncoder());
        this.perAccount = new SignInThrottle(freePerAccount, KEYS_REMEMBERED);
        this.perAddress = new SignInThrottle(freePerAddress, KEYS_REMEMBERED);
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String account =
                attempt.getName() == null ? "" : attempt.getName().strip().toLowerCase(Locale.ROOT);
        String address = addressOf(attempt);
        var now = clock.instant();
        var wait = Stream.of(perAccount.blockedFor(account, now), perAddress.blockedFor(address, now))
                .flatMap(Optional::stream)
                .max(Duration::compareTo);
        if (wait.isPresent()) {
            throw new SignInThrottled(wait.get());
        }
        try {
            if (!Passwords.hashable(attempt.getCredentials())) {
                throw new BadCredentialsException("No password this long is ever set.");
            }
            var signedIn = passwords.authenticate(attempt);
            perAccount.succeeded(account);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            var blocked = perAccount.failed(account, now);
            var blockedAddress = perAddress.failed(address, now);
            if (blocked.isPositive() || blockedAddress.isPositive()) {
                log.warn(
                        "Sign-in throttled after repeated wrong passwords: account blocked {} s, address {} blocked {} s",
                        blocked.toSeconds(),
                        address,
                        blockedAddress.toSeconds());
            }
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "";
    }
}
