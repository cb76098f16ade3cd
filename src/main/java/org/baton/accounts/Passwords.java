package org.baton.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.baton.shared.RuleViolation;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password rule, in the spirit of NIST SP 800-63B: long rather than complicated (12 characters or more, up
 * to bcrypt's 72 bytes), not one of the passwords everyone tries first, not made of a character or two, and not
 * the account's own email. And the delegating encoder that hashes passwords with the current best algorithm.
 */
final class Passwords {

    static final int MINIMUM_LENGTH = 12;

    /** bcrypt reads no further than 72 bytes: a longer password would be refused by the hash itself. */
    static final int MAXIMUM_BYTES = 72;

    static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private static final Set<String> COMMON = load("common-passwords.txt");

    /** Checked when no account has the email, so that a missing account answers as slowly as a wrong password. */
    private static final String NO_ACCOUNT = ENCODER.encode("no account has this email");

    private Passwords() {}

    /** Whether {@code credentials} could be a password: no password beyond the hash's limit is ever set. */
    static boolean hashable(Object credentials) {
        return credentials instanceof String password
                && password.getBytes(StandardCharsets.UTF_8).length <= MAXIMUM_BYTES;
    }

    /** The first of these accounts whose password this is, if any. */
    static Optional<SignedInAccount> firstMatching(List<SignedInAccount> accounts, Object credentials) {
        if (!hashable(credentials)) {
            return Optional.empty();
        }
        String password = (String) credentials;
        if (accounts.isEmpty()) {
            ENCODER.matches(password, NO_ACCOUNT);
            return Optional.empty();
        }
        return accounts.stream()
                .filter(account -> ENCODER.matches(password, account.passwordHash()))
                .findFirst();
    }

    /** Hashes a new password for the account of {@code email}, once it passes the rule. */
    static String hash(String field, String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
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
        if (guessable(password, email)) {
            throw new RuleViolation(
                    field,
                    "account.password.guessable",
                    "This password is among the first anyone would try. A few unrelated words make a better one.");
        }
        return ENCODER.encode(password);
    }

    private static boolean guessable(String password, String email) {
        String plain = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(plain) || plain.chars().distinct().count() < 4) {
            return true;
        }
        if (email == null || email.isBlank()) {
            return false;
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        String name = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
        return plain.contains(address)
                || (name.length() >= 4 && plain.replace(name, "").length() < 6);
    }

    private static Set<String> load(String resource) {
        try (InputStream in = Passwords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
