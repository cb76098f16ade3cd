package org.baton.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.development.MissionLead;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.junit.jupiter.api.Test;

class CelebrationFirstLeadsTests {

    private final PersonId mira = new PersonId(UUID.randomUUID());
    private final PersonId tom = new PersonId(UUID.randomUUID());
    private final MissionId first = new MissionId(UUID.randomUUID());
    private final MissionId second = new MissionId(UUID.randomUUID());

    private static MissionLead lead(MissionId mission, PersonId leader, String startedAt) {
        return new MissionLead(mission, leader, null, Instant.parse(startedAt), null);
    }

    @Test
    void theMissionOfSomeonesEarliestLeadIsTheirFirstHoweverTheLeadsAreListed() {
        var leads = CelebrationFirstLeads.of(
                List.of(lead(second, mira, "2026-06-01T09:00:00Z"), lead(first, mira, "2026-02-01T09:00:00Z")));

        assertThat(leads.firstLed(mira, first)).isTrue();
        assertThat(leads.firstLed(mira, second)).isFalse();
    }

    @Test
    void eachLeaderHasAFirstOfTheirOwn() {
        var leads = CelebrationFirstLeads.of(
                List.of(lead(first, mira, "2026-02-01T09:00:00Z"), lead(second, tom, "2026-06-01T09:00:00Z")));

        assertThat(leads.firstLed(tom, second)).isTrue();
        assertThat(leads.firstLed(tom, first)).isFalse();
    }

    @Test
    void someoneWhoNeverLedAndAMissionWithoutALeaderHaveNoFirstLead() {
        var leads = CelebrationFirstLeads.of(List.of(lead(first, mira, "2026-02-01T09:00:00Z")));

        assertThat(leads.firstLed(tom, first)).isFalse();
        assertThat(leads.firstLed(null, first)).isFalse();
    }
}
