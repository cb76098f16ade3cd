package org.baton.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class PasswordsTests {

    @Test
    void aPasswordOfSeventyTwoBytesIsHashedAndOneByteMoreIsRefused() {
        var longest = "a".repeat(72);
        assertThat(Passwords.ENCODER.matches(longest, Passwords.hash("password", longest)))
                .isTrue();

        assertThatThrownBy(() -> Passwords.hash("password", "a".repeat(73)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("account.password.long"));
    }

    @Test
    void theLimitCountsBytesNotCharacters() {
        assertThatThrownBy(() -> Passwords.hash("password", "é".repeat(37))) // 74 bytes in UTF-8
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aShortPasswordIsRefused() {
        assertThatThrownBy(() -> Passwords.hash("password", "abc"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("account.password.short"));
    }
}
