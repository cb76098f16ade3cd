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
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signing in with a password, on the sign-in form and over HTTP Basic alike, throttled per email and per client
 * address ({@link SignInThrottle}): while either is blocked, no password is checked and the attempt is refused
 * with {@link SignInThrottled}. An email may have an account in several organizations: the one whose password
 * matches is signed in ({@link SignInRecords}).
 */
@Component
public class SignIns implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(SignIns.class);
    private static final int KEYS_REMEMBERED = 100_000;

    private final SignInRecords records;
    private final SignInThrottle perAccount;
    private final SignInThrottle perAddress;
    private final Clock clock;

    SignIns(
            SignInRecords records,
            Clock clock,
            @Value("${baton.sign-in.free-attempts-per-account:5}") int freePerAccount,
            @Value("${baton.sign-in.free-attempts-per-address:20}") int freePerAddress) {
        this.records = records;
        this.perAccount = new SignInThrottle(freePerAccount, KEYS_REMEMBERED);
        this.perAddress = new SignInThrottle(freePerAddress, KEYS_REMEMBERED);
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email =
                attempt.getName() == null ? "" : attempt.getName().strip().toLowerCase(Locale.ROOT);
        String address = addressOf(attempt);
        var now = clock.instant();
        var wait = Stream.of(perAccount.blockedFor(email, now), perAddress.blockedFor(address, now))
                .flatMap(Optional::stream)
                .max(Duration::compareTo);
        if (wait.isPresent()) {
            throw new SignInThrottled(wait.get());
        }
        var tried = records.attempt(email, attempt.getCredentials(), now);
        var matched = tried.matched();
        if (matched.isPresent()) {
            perAccount.succeeded(email);
            var signedIn = UsernamePasswordAuthenticationToken.authenticated(
                    matched.get(), null, matched.get().getAuthorities());
            signedIn.setDetails(attempt.getDetails());
            return signedIn;
        }
        var ofAccount = perAccount.failure(email, now);
        var ofAddress = perAddress.failure(address, now);
        if (ofAccount.block().isPositive() || ofAddress.block().isPositive()) {
            log.warn(
                    "Sign-in throttled after repeated wrong passwords: account blocked {} s, address {} blocked {} s",
                    ofAccount.block().toSeconds(),
                    address,
                    ofAddress.block().toSeconds());
        }
        records.failed(tried, address, ofAccount, ofAddress, now);
        throw new BadCredentialsException("Bad credentials");
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
