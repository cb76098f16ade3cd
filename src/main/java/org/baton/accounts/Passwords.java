package org.baton.accounts;

import org.baton.shared.RuleViolation;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The password rule, and the delegating encoder that hashes passwords with the current best algorithm. */
final class Passwords {

    static final int MINIMUM_LENGTH = 8;

    static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private Passwords() {}

    static String hash(String field, String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            throw new RuleViolation(
                    field,
                    "account.password.short",
                    "A password needs at least " + MINIMUM_LENGTH + " characters.",
                    MINIMUM_LENGTH);
        }
        if (password.length() > 200) {
            throw new RuleViolation(field, "account.password.long", "A password may have at most 200 characters.");
        }
        return ENCODER.encode(password);
    }
}
