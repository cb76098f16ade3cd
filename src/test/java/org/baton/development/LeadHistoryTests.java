package org.baton.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

    private static MissionLead lead(PersonId person, LocalDate from, LocalDate to) {
        return new MissionLead(MissionId.random(), person, HomeBaseId.random(), from, to);
    }
}
