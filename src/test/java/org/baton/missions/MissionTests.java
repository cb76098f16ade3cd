package org.baton.missions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class MissionTests {

    static final OrganizationId ORG = OrganizationId.random();
    static final PersonId ANA = PersonId.random();
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    static MissionDetails details(PersonId leader) {
        return new MissionDetails(
                "Cut activation time",
                null,
                leader,
                List.of(),
                new Outcome("Activation time", new BigDecimal("118"), new BigDecimal("10"), "days"),
                List.of(),
                null,
                null,
                List.of(),
                List.of());
    }

    static Mission active() {
        var mission = Mission.propose(ORG, details(ANA), NOW);
        mission.startStaffing();
        mission.activate();
        return mission;
    }

    @Test
    void isProposedAndRecordsThatItWas() {
        var mission = Mission.propose(ORG, details(null), NOW);
        assertThat(mission.status()).isEqualTo(MissionStatus.PROPOSED);
        assertThat(mission.releaseEvents()).singleElement().isInstanceOf(MissionProposed.class);
    }

    @Test
    void refusesActivationWithoutALeader() {
        var mission = Mission.propose(ORG, details(null), NOW);
        mission.startStaffing();
        assertThatThrownBy(mission::activate)
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("leaderId");
        assertThat(mission.status()).isEqualTo(MissionStatus.STAFFING);
    }

    @Test
    void refusesToSkipStaffing() {
        var mission = Mission.propose(ORG, details(ANA), NOW);
        assertThatThrownBy(mission::activate).isInstanceOf(RuleViolation.class).hasMessageContaining("proposed");
    }

    @Test
    void refusesCompletionWithoutLessons() {
        var mission = active();
        assertThatThrownBy(() -> mission.complete(List.of(" ")))
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("lessons");
        mission.complete(List.of("Ship the smallest useful wizard first"));
        assertThat(mission.status()).isEqualTo(MissionStatus.COMPLETED);
        assertThat(mission.lessons()).containsExactly("Ship the smallest useful wizard first");
    }

    @Test
    void recordsCheckInsOnlyWhileActive() {
        var proposed = Mission.propose(ORG, details(ANA), NOW);
        assertThatThrownBy(() -> proposed.recordCheckIn(BigDecimal.ONE, 50, "", ANA, NOW))
                .isInstanceOf(RuleViolation.class);

        var mission = active();
        mission.recordCheckIn(new BigDecimal("64"), 70, "halfway", ANA, NOW);
        assertThat(mission.progress()).isEqualTo(0.5);
        assertThatThrownBy(() -> mission.recordCheckIn(BigDecimal.ONE, 101, "", ANA, NOW))
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("confidence");
    }

    @Test
    void anEndedMissionKeepsItsContext() {
        var mission = active();
        mission.abandon(List.of("Customers wanted something else"));
        assertThatThrownBy(() -> mission.describe(details(ANA))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(mission::celebrate).isInstanceOf(RuleViolation.class);
    }

    @Test
    void progressWorksForMetricsThatShouldRiseAndFall() {
        var falling = new Outcome("Days", new BigDecimal("118"), new BigDecimal("10"), "days");
        var rising = new Outcome("Share", new BigDecimal("20"), new BigDecimal("50"), "%");
        assertThat(falling.progress(new BigDecimal("10"))).isEqualTo(1.0);
        assertThat(falling.progress(new BigDecimal("130"))).isNegative();
        assertThat(rising.progress(new BigDecimal("35"))).isEqualTo(0.5);
    }
}
