package org.baton.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpportunityCardTests {

    @Test
    void showsAShortStatementWhole() {
        var card = OpportunityCard.of(1, "Act now: customers leave.");

        assertThat(card.excerpt()).isEqualTo("Act now: customers leave.");
        assertThat(card.cut()).isFalse();
    }

    @Test
    void cutsALongStatementAtAWordBeforeThreeHundredCharacters() {
        var card = OpportunityCard.of(2, "word ".repeat(100));

        assertThat(card.cut()).isTrue();
        assertThat(card.excerpt()).hasSizeLessThanOrEqualTo(301).endsWith("word…");
    }
}
