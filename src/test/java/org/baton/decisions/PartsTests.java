package org.baton.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Parts remember what is new and what changed since they were loaded, so that saving writes only that. */
class PartsTests {

    @Test
    void loadedPartsAreNeitherNewNorChanged() {
        var parts = new Parts<>(List.of("a", "b"));
        assertThat(parts.all()).containsExactly("a", "b");
        assertThat(parts.added()).isEmpty();
        assertThat(parts.changed()).isEmpty();
    }

    @Test
    void anAddedPartIsNewAndStaysNewWhenReplacedBeforeSaving() {
        var parts = new Parts<>(List.of("a"));
        parts.add("b");
        parts.replace("b", "b2");
        assertThat(parts.all()).containsExactly("a", "b2");
        assertThat(parts.added()).containsExactly("b2");
        assertThat(parts.changed()).isEmpty();
    }

    @Test
    void aReplacedLoadedPartIsChangedAndKeepsItsPlace() {
        var parts = new Parts<>(List.of("a", "b", "c"));
        parts.replace("b", "b2");
        parts.replace("b2", "b3");
        assertThat(parts.all()).containsExactly("a", "b3", "c");
        assertThat(parts.changed()).containsExactly("b3");
        assertThat(parts.added()).isEmpty();
    }

    @Test
    void aRenewedPartMovesLast() {
        var parts = new Parts<>(List.of("a", "b", "c"));
        parts.renew("a", "a2");
        assertThat(parts.all()).containsExactly("b", "c", "a2");
        assertThat(parts.changed()).containsExactly("a2");
    }

    @Test
    void savingForgetsWhatWasNewOrChanged() {
        var parts = new Parts<>(List.of("a"));
        parts.add("b");
        parts.replace("a", "a2");
        parts.saved();
        assertThat(parts.added()).isEmpty();
        assertThat(parts.changed()).isEmpty();
        assertThat(parts.all()).containsExactly("a2", "b");
    }
}
