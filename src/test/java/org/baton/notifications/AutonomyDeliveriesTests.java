package org.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.baton.people.PersonId;
import org.baton.roles.AutonomyParties;
import org.junit.jupiter.api.Test;

class AutonomyDeliveriesTests {

    final PersonId lea = PersonId.random();
    final PersonId pia = PersonId.random();
    final PersonId sam = PersonId.random();
    final PersonId tom = PersonId.random();

    @Test
    void aMismatchReachesTheLeaderAndTheStewardButNotWhoJustCheckedIn() {
        var parties = new AutonomyParties(lea, pia, Set.of(), sam);

        assertThat(AutonomyDeliveries.recipients(parties, pia)).containsExactly(lea, sam);
        assertThat(AutonomyDeliveries.recipients(parties, lea)).containsExactly(pia, sam);
    }

    @Test
    void aTeamsMismatchReachesItsPeopleAndTheLeader() {
        var parties = new AutonomyParties(lea, null, Set.of(tom, pia), null);

        assertThat(AutonomyDeliveries.recipients(parties, tom)).containsExactlyInAnyOrder(lea, pia);
    }
}
