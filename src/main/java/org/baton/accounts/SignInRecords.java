package org.baton.accounts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a sign-in attempt leaves behind, each in a short transaction of its own (the attempt itself has none): on
 * success, when the account was last used, which chooses between accounts of one email and one password; on
 * failure, a {@link SignInFailed} for each account of the email (of whichever organization) and, when the
 * failure began a throttling episode, a {@link SignInPaused}. An email without an account leaves nothing, since
 * no organization owns it.
 */
@Component
class SignInRecords {

    private final AccountRepository repository;
    private final ApplicationEventPublisher events;

    SignInRecords(AccountRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** The accounts of one email, and the one whose password was given (most recently used first), if any. */
    record Attempt(List<SignedInAccount> accounts, Optional<SignedInAccount> matched) {}

    /** Looks up the accounts of this email once, finds the one whose password this is, and marks it used now. */
    @Transactional
    Attempt attempt(String email, Object password, Instant now) {
        var accounts = repository.findByEmail(email);
        var matched = Passwords.firstMatching(accounts, password);
        matched.ifPresent(account -> repository.signedIn(
                account.caller().organizationId(), account.caller().personId(), now));
        return new Attempt(accounts, matched);
    }

    /** Records a failed attempt on each account of its email, and the start of a throttling episode. */
    @Transactional
    void failed(
            Attempt attempt,
            String address,
            SignInThrottle.Failure ofAccount,
            SignInThrottle.Failure ofAddress,
            Instant attempted) {
        var now = attempted.truncatedTo(ChronoUnit.MICROS);
        var until =
                now.plus(ofAccount.block().compareTo(ofAddress.block()) >= 0 ? ofAccount.block() : ofAddress.block());
        for (var account : attempt.accounts()) {
            var org = account.caller().organizationId();
            var person = account.caller().personId();
            events.publishEvent(new SignInFailed(org, now, person, address));
            if (ofAccount.episodeBegan() || ofAddress.episodeBegan()) {
                events.publishEvent(new SignInPaused(
                        org, now, person, address, until, ofAccount.episodeBegan(), ofAddress.episodeBegan()));
            }
        }
    }
}
