package org.baton.accounts;

import java.nio.charset.StandardCharsets;
import org.baton.shared.RuleViolation;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The password rule, and the delegating encoder that hashes passwords with the current best algorithm. */
final class Passwords {

    static final int MINIMUM_LENGTH = 8;

    /** bcrypt reads no further than 72 bytes: a longer password would be refused by the hash itself. */
    static final int MAXIMUM_BYTES = 72;

    static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private Passwords() {}

    /** Whether {@code credentials} could be a password: no password beyond the hash's limit is ever set. */
    static boolean hashable(Object credentials) {
        return credentials instanceof String password
                && password.getBytes(StandardCharsets.UTF_8).length <= MAXIMUM_BYTES;
    }

    static String hash(String field, String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            throw new RuleViolation(
                    field,
                    "account.password.short",
                    "A password needs at least " + MINIMUM_LENGTH + " characters.",
                    MINIMUM_LENGTH);
        }
        if (!hashable(password)) {
            throw new RuleViolation(
                    field,
                    "account.password.long",
                    "A password may have at most " + MAXIMUM_BYTES
                            + " bytes: 72 plain letters or digits, fewer with accents or other scripts.",
                    MAXIMUM_BYTES);
        }
        return ENCODER.encode(password);
    }
}
