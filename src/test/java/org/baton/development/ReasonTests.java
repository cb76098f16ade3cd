package org.baton.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReasonTests {

    private static final Properties MESSAGES = new Properties();

    @BeforeAll
    static void loadTheBundle() throws IOException {
        try (var in = ReasonTests.class.getResourceAsStream("/messages.properties")) {
            MESSAGES.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void givesWholeNumbersToTheMessageAsNumbersAndWordsAsWritten() {
        var reason = new Reason("tradeOff.overAllocated", List.of("16", "SQL", "-2", "3.5"));

        assertThat(reason.messageArguments()).containsExactly(16L, "SQL", -2L, "3.5");
    }

    @Test
    void saysOneMissionAndSeveralMissionsInTheirOwnWords() {
        assertThat(said(new Reason("wantsToLead", List.of("1"))))
                .isEqualTo("Wants to lead again (has led one mission)");
        assertThat(said(new Reason("wantsToLead", List.of("3")))).isEqualTo("Wants to lead again (has led 3 missions)");
        assertThat(said(new Reason("tradeOff.ledRecently", List.of("1"))))
                .isEqualTo("Started leading one mission in the last year");
        assertThat(said(new Reason("tradeOff.busyLeader", List.of("1", "2"))))
                .isEqualTo("Already holds one leadership role and leads or is proposed to lead 2 other missions");
    }

    @Test
    void saysTheLevelOfAnAreaInTheBundlesWords() {
        assertThat(said(new Reason("coversExpertise.EXPERT", List.of("SQL")))).isEqualTo("Covers SQL at expert level");
        assertThat(said(new Reason("tradeOff.uncovered.LEARNING", List.of("Pricing"))))
                .isEqualTo("Nobody on the mission covers Pricing at learning level");
    }

    @Test
    void everyReasonTheSolverGivesHasItsWords() {
        var codes = List.of(
                "coversExpertise.LEARNING",
                "coversExpertise.PRACTITIONER",
                "coversExpertise.EXPERT",
                "tradeOff.uncovered.LEARNING",
                "tradeOff.uncovered.PRACTITIONER",
                "tradeOff.uncovered.EXPERT",
                "wantsToLearn",
                "firstLead",
                "wantsToLead",
                "freeHours",
                "nobodyWantsToLead",
                "othersLeadElsewhere",
                "tradeOff.overAllocated",
                "tradeOff.twice",
                "tradeOff.unfilled",
                "tradeOff.leadsAnother",
                "tradeOff.ledLatest",
                "tradeOff.ledRecently",
                "tradeOff.ledOften",
                "tradeOff.busyLeader",
                "tradeOff.sameHomeBase",
                "tradeOff.sameStrength");
        assertThat(codes).allSatisfy(code -> assertThat(MESSAGES).containsKey("development.reason." + code));
    }

    private static String said(Reason reason) {
        return new MessageFormat(MESSAGES.getProperty(reason.messageKey()), Locale.ENGLISH)
                .format(reason.messageArguments());
    }
}
