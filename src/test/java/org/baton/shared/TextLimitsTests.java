package org.baton.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLimitsTests {

    @Test
    void keepsTextUpToItsLimit() {
        assertThat(TextLimits.require("name", "n".repeat(TextLimits.NAME), TextLimits.NAME))
                .hasSize(TextLimits.NAME);
        assertThat(TextLimits.require("name", null, TextLimits.NAME)).isNull();
    }

    @Test
    void refusesLongerTextNamingTheFieldAndTheLimit() {
        assertThatThrownBy(() -> TextLimits.require("name", "n".repeat(TextLimits.NAME + 1), TextLimits.NAME))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.code()).isEqualTo("text.long");
                    assertThat(e.arguments()).containsExactly(TextLimits.NAME);
                });
    }

    @Test
    void refusesALongLineNamingItsPlaceInTheList() {
        var lines = List.of("fine", "l".repeat(TextLimits.LINE + 1));

        assertThatThrownBy(() -> TextLimits.requireEach("options", lines, TextLimits.LINE))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("options[1]"));
    }

    @Test
    void refusesMoreLinesThanAListMayHold() {
        var lines = Collections.nCopies(TextLimits.ITEMS + 1, "line");

        assertThat(TextLimits.requireEach("options", Collections.nCopies(TextLimits.ITEMS, "line"), TextLimits.LINE))
                .hasSize(TextLimits.ITEMS);
        assertThatThrownBy(() -> TextLimits.requireEach("options", lines, TextLimits.LINE))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("text.tooMany"));
    }

    @Test
    void limitsGrowFromLabelsToDocuments() {
        assertThat(List.of(
                        TextLimits.LABEL,
                        TextLimits.NAME,
                        TextLimits.TITLE,
                        TextLimits.LINE,
                        TextLimits.TEXT,
                        TextLimits.REASON,
                        TextLimits.DOCUMENT))
                .isSorted();
    }
}
