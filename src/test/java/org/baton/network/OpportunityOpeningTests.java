package org.baton.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpportunityOpeningTests {

    @Test
    void keepsAShortStatementWholeAndUncut() {
        var opening = OpportunityOpening.of("  Act now: customers leave.\n");

        assertThat(opening.text()).isEqualTo("Act now: customers leave.");
        assertThat(opening.cut()).isFalse();
    }

    @Test
    void showsTheFirstThreeLinesWithoutBlankOnesAndSaysThatMoreFollows() {
        var opening = OpportunityOpening.of("We can lead our market.\n\nBy listening.\nBy acting.\nBy more.");

        assertThat(opening.text()).isEqualTo("We can lead our market.\nBy listening.\nBy acting.…");
        assertThat(opening.cut()).isTrue();
    }

    @Test
    void cutsALongStatementAtAWordBeforeThreeHundredCharacters() {
        var opening = OpportunityOpening.of("word ".repeat(100));

        assertThat(opening.cut()).isTrue();
        assertThat(opening.text()).endsWith("word…").hasSizeLessThanOrEqualTo(OpportunityOpening.LENGTH + 1);
    }

    @Test
    void cutsAStatementWithoutSpacesAtTheLimit() {
        var opening = OpportunityOpening.of("x".repeat(400));

        assertThat(opening.text()).hasSize(OpportunityOpening.LENGTH + 1).endsWith("x…");
    }
}
