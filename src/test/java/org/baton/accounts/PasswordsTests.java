package org.baton.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class PasswordsTests {

    @Test
    void aPasswordOfSeventyTwoBytesIsHashedAndOneByteMoreIsRefused() {
        var longest = "abcd".repeat(18);
        assertThat(Passwords.ENCODER.matches(longest, Passwords.hash("password", longest, "ana@example.org")))
                .isTrue();

        assertThatThrownBy(() -> Passwords.hash("password", "ab".repeat(37), "ana@example.org"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("account.password.long"));
    }

    @Test
    void theLimitCountsBytesNotCharacters() {
        assertThatThrownBy(() -> Passwords.hash(
                        "password", "éabc".repeat(15), "ana@example.org")) // 75 bytes in UTF-8, 60 characters
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aShortPasswordIsRefused() {
        assertThatThrownBy(() -> Passwords.hash("password", "eleven char", "ana@example.org"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("account.password.short"));
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertThatThrownBy(() -> Passwords.hash("password", "Password1234", "ana@example.org"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("account.password.guessable"));
    }

    @Test
    void aPasswordOfACharacterOrTwoIsRefused() {
        assertThatThrownBy(() -> Passwords.hash("password", "abababababab", "ana@example.org"))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void theAccountsOwnEmailIsNoPassword() {
        assertThatThrownBy(() -> Passwords.hash("password", "Ana.Lima@example.org", "ana.lima@example.org"))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> Passwords.hash("password", "ana.lima2026!", "ana.lima@example.org"))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aFewUnrelatedWordsMakeAGoodPassword() {
        assertThat(Passwords.hash("password", "violet kettle orbit", "ana.lima@example.org"))
                .isNotBlank();
    }
}
