package org.baton.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionEvent;
import org.baton.missions.MissionId;
import org.baton.missions.MissionLeaderChanged;
import org.baton.missions.MissionMoved;
import org.baton.missions.MissionStatus;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.junit.jupiter.api.Test;

class LeadTimelineTests {

    private static final OrganizationId ORG = OrganizationId.random();
    private static final Instant ACTIVATED = Instant.parse("2026-11-02T09:15:30.123456Z");
    private static final Instant HANDED_OVER = ACTIVATED.plusSeconds(3 * 86_400);
    private static final Instant COMPLETED = HANDED_OVER.plusSeconds(2 * 86_400);

    private final MissionId mission = MissionId.random();
    private final HomeBaseId base = HomeBaseId.random();
    private final PersonId eve = PersonId.random();
    private final PersonId ben = PersonId.random();

    @Test
    void aMissionBecomingActiveStartsALeadByItsLeaderThen() {
        assertThat(apply(activated(eve))).containsExactly(lead(eve, ACTIVATED, null));
    }

    @Test
    void aNewLeaderOfAnActiveMissionEndsTheLeadAndStartsTheirs() {
        assertThat(apply(activated(eve), changed(eve, ben, MissionStatus.ACTIVE, HANDED_OVER)))
                .containsExactly(lead(eve, ACTIVATED, HANDED_OVER), lead(ben, HANDED_OVER, null));
    }

    @Test
    void theEndOfAMissionClosesTheLeadGoingOn() {
        assertThat(apply(activated(eve), completed(eve))).containsExactly(lead(eve, ACTIVATED, COMPLETED));
    }

    @Test
    void aCompletionHandledBeforeTheActivationStillEndsTheLead() {
        assertThat(apply(completed(eve), activated(eve))).containsExactly(lead(eve, ACTIVATED, COMPLETED));
    }

    @Test
    void everyOrderOfActivationHandOverAndCompletionGivesTheSameLeads() {
        var events = List.of(activated(eve), changed(eve, ben, MissionStatus.ACTIVE, HANDED_OVER), completed(ben));
        var expected = List.of(lead(eve, ACTIVATED, HANDED_OVER), lead(ben, HANDED_OVER, COMPLETED));
        for (var order : List.of(
                List.of(0, 1, 2),
                List.of(0, 2, 1),
                List.of(1, 0, 2),
                List.of(1, 2, 0),
                List.of(2, 0, 1),
                List.of(2, 1, 0))) {
            var shuffled = order.stream().map(events::get).toArray(MissionEvent[]::new);
            assertThat(apply(shuffled)).as("events in the order %s", order).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aLeaderChangeWhileActiveHandledAfterTheCompletionIsKept() {
        assertThat(apply(activated(eve), completed(ben), changed(eve, ben, MissionStatus.ACTIVE, HANDED_OVER)))
                .containsExactly(lead(eve, ACTIVATED, HANDED_OVER), lead(ben, HANDED_OVER, COMPLETED));
    }

    @Test
    void aLeaderChangeAfterTheMissionEndedStartsNoLead() {
        var afterwards = COMPLETED.plusSeconds(86_400);
        assertThat(apply(activated(eve), completed(eve), changed(eve, ben, MissionStatus.COMPLETED, afterwards)))
                .containsExactly(lead(eve, ACTIVATED, COMPLETED));
    }

    @Test
    void aLeaderChangeBeforeTheMissionIsActiveStartsNoLead() {
        assertThat(apply(changed(null, eve, MissionStatus.STAFFING, ACTIVATED.minusSeconds(60))))
                .isEmpty();
    }

    @Test
    void aLeaderChangedToThePersonAlreadyLeadingChangesNothing() {
        assertThat(apply(activated(eve), changed(ben, eve, MissionStatus.ACTIVE, HANDED_OVER)))
                .containsExactly(lead(eve, ACTIVATED, null));
    }

    @Test
    void replayingAnActivationChangesNothing() {
        assertThat(apply(activated(eve), activated(eve))).containsExactly(lead(eve, ACTIVATED, null));
        assertThat(apply(activated(eve), completed(eve), activated(eve)))
                .containsExactly(lead(eve, ACTIVATED, COMPLETED));
    }

    @Test
    void replayingALeaderChangeKeepsTheNewLeaderLeading() {
        var handOver = changed(eve, ben, MissionStatus.ACTIVE, HANDED_OVER);
        assertThat(apply(activated(eve), handOver, handOver))
                .containsExactly(lead(eve, ACTIVATED, HANDED_OVER), lead(ben, HANDED_OVER, null));
    }

    @Test
    void replayingACompletionChangesNothing() {
        assertThat(apply(activated(eve), completed(eve), completed(eve)))
                .containsExactly(lead(eve, ACTIVATED, COMPLETED));
        assertThat(apply(completed(eve), completed(eve))).containsExactly(lead(eve, COMPLETED, COMPLETED));
    }

    @Test
    void aMissionAbandonedBeforeItWasActiveHadNoLead() {
        var abandoned = new MissionMoved(
                ORG, mission, COMPLETED, eve, "Mission", MissionStatus.STAFFING, MissionStatus.ABANDONED, eve, base);
        assertThat(apply(abandoned)).isEmpty();
    }

    @Test
    void celebratingACompletedMissionChangesNoLead() {
        var celebrated = new MissionMoved(
                ORG,
                mission,
                COMPLETED.plusSeconds(60),
                eve,
                "Mission",
                MissionStatus.COMPLETED,
                MissionStatus.CELEBRATED,
                eve,
                base);
        assertThat(apply(activated(eve), completed(eve), celebrated)).containsExactly(lead(eve, ACTIVATED, COMPLETED));
    }

    private List<MissionLead> apply(MissionEvent... events) {
        List<MissionLead> leads = List.of();
        for (var event : events) {
            leads = switch (event) {
                case MissionMoved moved -> LeadTimeline.after(leads, moved);
                case MissionLeaderChanged changed -> LeadTimeline.after(leads, changed);
                default -> throw new IllegalArgumentException(event.toString());
            };
        }
        return leads;
    }

    private MissionMoved activated(PersonId leader) {
        return new MissionMoved(
                ORG, mission, ACTIVATED, leader, "Mission", MissionStatus.STAFFING, MissionStatus.ACTIVE, leader, base);
    }

    private MissionMoved completed(PersonId leader) {
        return new MissionMoved(
                ORG,
                mission,
                COMPLETED,
                leader,
                "Mission",
                MissionStatus.ACTIVE,
                MissionStatus.COMPLETED,
                leader,
                base);
    }

    private MissionLeaderChanged changed(PersonId from, PersonId to, MissionStatus status, Instant at) {
        return new MissionLeaderChanged(ORG, mission, at, from, "Mission", from, to, status, base);
    }

    private MissionLead lead(PersonId person, Instant from, Instant to) {
        return new MissionLead(mission, person, base, from, to);
    }
}
