package org.baton.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.baton.shared.Awaiting;
import org.junit.jupiter.api.Test;

class NeedLineTests {

    static final Instant NOW = Instant.parse("2026-03-03T10:00:00Z");
    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    static NeedLine line(String subjectType, Duration left) {
        return NeedLine.of(
                new Awaiting("consentRound", subjectType, ID, "Title", left == null ? null : NOW.plus(left)), NOW);
    }

    @Test
    void linksToThePageOfWhatAwaits() {
        assertThat(line("DECISION", null).href()).isEqualTo("/decisions/" + ID);
        assertThat(line("INTENT", null).href()).isEqualTo("/intents/" + ID);
        assertThat(line("MISSION", null).href()).isEqualTo("/missions/" + ID);
        assertThat(line("REVIEW", null).href()).isEqualTo("/reviews/" + ID);
    }

    @Test
    void saysHowManyDaysAreLeftRoundedUp() {
        var line = line("DECISION", Duration.ofDays(3).minusMinutes(1));
        assertThat(line.dueKey()).isEqualTo("dashboard.needs.due.days");
        assertThat(line.dueIn()).isEqualTo(3);
    }

    @Test
    void saysHowManyHoursAreLeftWithinTwoDays() {
        var line = line("DECISION", Duration.ofHours(5).plusMinutes(10));
        assertThat(line.dueKey()).isEqualTo("dashboard.needs.due.hours");
        assertThat(line.dueIn()).isEqualTo(6);
    }

    @Test
    void saysADeadlineThatHasPassedIsDueNowAndNoneWhenThereIsNoDeadline() {
        assertThat(line("DECISION", Duration.ofHours(-3)).dueKey()).isEqualTo("dashboard.needs.due.passed");
        assertThat(line("DECISION", null).dueKey()).isNull();
    }
}
