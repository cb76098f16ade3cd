package org.baton.web.coherence;

import static org.assertj.core.api.Assertions.assertThat;

import org.baton.web.principles.WordDiff;
import org.baton.web.principles.WordDiff.Kind;
import org.baton.web.principles.WordDiff.Part;
import org.junit.jupiter.api.Test;

class WordDiffTests {

    @Test
    void keepsTheWordsBothWordingsShareAndMarksTheRestRemovedThenAdded() {
        var diff = WordDiff.between("Ship the smallest change this week", "Ship the smallest safe change within days");

        assertThat(diff.parts())
                .containsExactly(
                        new Part(Kind.SAME, "Ship the smallest"),
                        new Part(Kind.ADDED, "safe"),
                        new Part(Kind.SAME, "change"),
                        new Part(Kind.REMOVED, "this week"),
                        new Part(Kind.ADDED, "within days"));
        assertThat(diff.changed()).isTrue();
    }

    @Test
    void aWordingThatOnlyChangedItsSpacingHasNotChanged() {
        assertThat(WordDiff.between("Answer  within a day", "Answer within a day ")
                        .changed())
                .isFalse();
    }

    @Test
    void anEmptyWordingBeforeMakesEveryWordAdded() {
        assertThat(WordDiff.between("", "Fix the cause").parts())
                .containsExactly(new Part(Kind.ADDED, "Fix the cause"));
        assertThat(WordDiff.between(null, null).parts()).isEmpty();
    }
}
