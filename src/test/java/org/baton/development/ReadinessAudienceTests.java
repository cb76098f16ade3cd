package org.baton.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.baton.people.PersonId;
import org.junit.jupiter.api.Test;

class ReadinessAudienceTests {

    private final PersonId leader = PersonId.random();
    private final PersonId steward = PersonId.random();
    private final PersonId cara = PersonId.random();
    private final PersonId dan = PersonId.random();
    private final PersonId colleague = PersonId.random();
    private final ReadinessAudience audience = new ReadinessAudience(leader, Map.of(dan, steward));
    private final List<Readiness> readiness = List.of(readiness(cara, true), readiness(dan, false));

    @Test
    void showsEveryoneWhoIsReady() {
        assertThat(audience.shownTo(colleague, readiness))
                .extracting(Readiness::personId)
                .containsExactly(cara);
    }

    @Test
    void showsWhoIsCloseToTheHomeBasesLeaderTheirStewardAndThemselves() {
        for (var viewer : List.of(leader, steward, dan)) {
            assertThat(audience.shownTo(viewer, readiness))
                    .as("seen by %s", viewer)
                    .extracting(Readiness::personId)
                    .containsExactly(cara, dan);
        }
    }

    @Test
    void aStewardSeesHowCloseOnlyThePeopleTheySteward() {
        assertThat(audience.seesHowCloseIs(steward, dan)).isTrue();
        assertThat(audience.seesHowCloseIs(steward, cara)).isFalse();
        assertThat(audience.seesHowCloseIs(cara, dan)).isFalse();
    }

    @Test
    void aHomeBaseWithoutALeaderShowsWhoIsCloseToNobodyButTheirStewardAndThemselves() {
        var leaderless = new ReadinessAudience(null, Map.of());
        assertThat(leaderless.shownTo(colleague, readiness))
                .extracting(Readiness::personId)
                .containsExactly(cara);
        assertThat(leaderless.shownTo(null, readiness))
                .extracting(Readiness::personId)
                .containsExactly(cara);
        assertThat(leaderless.shownTo(dan, readiness))
                .extracting(Readiness::personId)
                .containsExactly(cara, dan);
    }

    private static Readiness readiness(PersonId person, boolean ready) {
        return new Readiness(
                person,
                "Someone",
                ready,
                List.of(Reason.of("ready.wantsToLead")),
                ready ? List.of() : List.of(Reason.of("ready.joinedTooFew", 1, 2)),
                ready ? 2 : 1,
                List.of());
    }
}
