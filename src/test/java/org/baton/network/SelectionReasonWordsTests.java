package org.baton.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The coalition selection's reasons in the bundle's words. */
class SelectionReasonWordsTests {

    private static final Properties MESSAGES = new Properties();

    @BeforeAll
    static void loadTheBundle() throws IOException {
        try (var in = SelectionReasonWordsTests.class.getResourceAsStream("/messages.properties")) {
            MESSAGES.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void saysRatingsAsWrittenAndCountsInTheirOwnWords() {
        assertThat(said(SelectionReason.of("rated", "4.5", "4.0")))
                .isEqualTo("Rated 4.5 for attitude and 4.0 for energy");
        assertThat(said(SelectionReason.of("leadsNow", 3))).isEqualTo("Leads 3 missions now: room for others");
        assertThat(said(SelectionReason.of("leadsNow", 1))).isEqualTo("Leads a mission now: room for others");
        assertThat(said(SelectionReason.of("alreadyHas.homeBase", "Sales", 4))).isEqualTo("Sales already has 4 seats");
        assertThat(said(SelectionReason.of("ratedLower.energy", "2.5"))).isEqualTo("Rated lower: 2.5 for energy");
        assertThat(said(SelectionReason.of("bringsHomeBase", "Northern Europe")))
                .isEqualTo("Brings Northern Europe onto the coalition");
        assertThat(said(SelectionReason.of("onlyApplicantFrom", "the payments team")))
                .isEqualTo("The only applicant from the payments team");
        assertThat(said(SelectionReason.of("addsArea", "design"))).isEqualTo("Adds design expertise");
    }

    @Test
    void everyReasonTheSelectionGivesHasItsWords() {
        var codes = new ArrayList<>(List.of(
                "rated",
                "notRated",
                "bringsHomeBase",
                "onlyApplicantFrom",
                "addsArea",
                "ratedLower.attitude",
                "ratedLower.energy",
                "seatsRanOut",
                "tradeOff.twice"));
        for (var cost : List.of("leadsNow", "ledRecently", "holdsRoles", "onCentre", "onGoverningBody")) {
            codes.add(cost);
            codes.add("tradeOff." + cost);
        }
        for (var kind : List.of(
                "homeBase",
                "area",
                "level",
                "tenure.UNDER_ONE_YEAR",
                "tenure.ONE_TO_THREE_YEARS",
                "tenure.OVER_THREE_YEARS")) {
            codes.add("alreadyHas." + kind);
            codes.add("tradeOff.overShare." + kind);
        }

        assertThat(codes).allSatisfy(code -> assertThat(said(new SelectionReason(code, List.of("3", "2", "1"))))
                .isNotBlank());
    }

    private static String said(SelectionReason reason) {
        var pattern = MESSAGES.getProperty(reason.messageKey());
        assertThat(pattern).as(reason.messageKey()).isNotNull();
        return new MessageFormat(pattern, Locale.ENGLISH).format(reason.messageArguments());
    }
}
