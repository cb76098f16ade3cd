package org.baton.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.junit.jupiter.api.Test;

class LeadHistoryTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private final PersonId ana = PersonId.random();
    private final PersonId ben = PersonId.random();

    @Test
    void someoneWhoLedTheOrganizationsLastTwoMissionsLedTheLatest() {
        var history = LeadHistory.of(
                List.of(
                        lead(ben, TODAY.minusYears(2), TODAY.minusYears(1)),
                        lead(ana, TODAY.minusMonths(5), TODAY.minusMonths(2)),
                        lead(ana, TODAY.minusMonths(1), null)),
                TODAY);

        assertThat(history.get(ana)).isEqualTo(new LeadHistory(2, 2, 1, true));
        assertThat(history.get(ben)).isEqualTo(new LeadHistory(1, 0, 0, false));
    }

    @Test
    void nobodyLedTheLatestWhenTheLastTwoMissionsHadDifferentLeaders() {
        var history = LeadHistory.of(
                List.of(lead(ana, TODAY.minusMonths(3), null), lead(ben, TODAY.minusMonths(1), null)), TODAY);

        assertThat(history.get(ana).ledLatest()).isFalse();
        assertThat(history.get(ben).ledLatest()).isFalse();
        assertThat(history.get(ben).leadingNow()).isEqualTo(1);
    }

    @Test
    void leadsStartedOnTheSameDayAreOrderedByTheInstantTheyStarted() {
        var morning = TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC);
        var history = LeadHistory.of(
                List.of(
                        lead(MissionId.random(), ana, morning.plusSeconds(7200), null),
                        lead(MissionId.random(), ana, morning.plusSeconds(3600), null),
                        lead(MissionId.random(), ben, morning, null)),
                TODAY);

        assertThat(history.get(ana).ledLatest()).isTrue();
        assertThat(history.get(ben).ledLatest()).isFalse();
    }

    @Test
    void anEarlierLeadOnTheSameDayDoesNotCountAsOneOfTheLatestTwo() {
        var morning = TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC);
        var history = LeadHistory.of(
                List.of(
                        lead(MissionId.random(), ben, morning.plusSeconds(7200), null),
                        lead(MissionId.random(), ana, morning.plusSeconds(3600), null),
                        lead(MissionId.random(), ana, morning, null)),
                TODAY);

        assertThat(history.get(ana).ledLatest()).isFalse();
    }

    @Test
    void aMissionHandedOverCountsForItsLatestLeader() {
        var handedOver = MissionId.random();
        var start = TODAY.minusMonths(2).atStartOfDay().toInstant(ZoneOffset.UTC);
        var history = LeadHistory.of(
                List.of(
                        lead(handedOver, ben, start, start.plusSeconds(86_400)),
                        lead(handedOver, ana, start.plusSeconds(86_400), null),
                        lead(MissionId.random(), ana, start.plusSeconds(3600), null)),
                TODAY);

        assertThat(history.get(ana).ledLatest()).isTrue();
        assertThat(history.get(ben).ledLatest()).isFalse();
        assertThat(history.get(ben).missionsLed()).isEqualTo(1);
    }

    private static MissionLead lead(PersonId person, LocalDate from, LocalDate to) {
        return lead(
                MissionId.random(),
                person,
                from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to == null ? null : to.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static MissionLead lead(MissionId mission, PersonId person, Instant from, Instant to) {
        return new MissionLead(mission, person, HomeBaseId.random(), from, to);
    }
}
