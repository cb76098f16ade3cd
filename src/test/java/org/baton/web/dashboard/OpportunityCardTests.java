package org.baton.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.baton.network.OpportunityOpening;
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

    @Test
    void showsTheSameOpeningAsTheHub() {
        var statement = "We can lead our market.\n\nBy listening.\nBy acting.\nBy more.\n" + "word ".repeat(80);

        var card = OpportunityCard.of(3, statement);

        assertThat(card.excerpt()).isEqualTo(OpportunityOpening.of(statement).text());
        assertThat(card.cut()).isTrue();
    }
}
