package org.baton.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** An objection counts only when it names a harm; a preference is refused as such. */
class ReasonedObjectionTests {

    static void assertRefused(String harm, String code) {
        assertThatThrownBy(() -> ReasonedObjection.require(harm)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.code()).isEqualTo(code);
            assertThat(v.field()).isEqualTo("harm");
        });
    }

    @Test
    void refusesAnObjectionThatNamesNoHarm() {
        assertRefused(null, "objection.harm.required");
        assertRefused("", "objection.harm.required");
        assertRefused("   ", "objection.harm.required");
    }

    @Test
    void refusesAHarmLongerThanAReasonedTextMayBe() {
        assertRefused("This would break the release for every customer. ".repeat(100), "text.long");
    }

    @Test
    void refusesAPreferenceForAnotherOption() {
        assertRefused("I'd rather go with option B", "objection.harm.preference");
        assertRefused("I would prefer the other vendor", "objection.harm.preference");
        assertRefused("I prefer Tuesdays", "objection.harm.preference");
        assertRefused("I like option A better", "objection.harm.preference");
        assertRefused("I don't like this at all", "objection.harm.preference");
        assertRefused("  I DONT LIKE Fridays off", "objection.harm.preference");
    }

    @Test
    void refusesAHarmTooShortToAddress() {
        assertRefused("bad idea", "objection.harm.short");
    }

    @Test
    void acceptsAStatedHarmAndTidiesIt() {
        assertThat(ReasonedObjection.require("  Two years of customer history would be lost  "))
                .isEqualTo("Two years of customer history would be lost");
    }

    @Test
    void acceptsAHarmThatMentionsAPreferenceWithoutBeingOne() {
        assertThat(ReasonedObjection.require("Customers prefer Fridays; we would lose them"))
                .startsWith("Customers prefer");
    }

    @Test
    void acceptsAHarmOfExactlyTheMinimumLength() {
        assertThat(ReasonedObjection.require("x".repeat(ReasonedObjection.MINIMUM_LENGTH)))
                .hasSize(ReasonedObjection.MINIMUM_LENGTH);
    }
}
