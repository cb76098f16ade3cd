package org.baton.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.shared.Visibility;
import org.junit.jupiter.api.Test;

/** Who may see a decision or an intent. */
class AudienceTests {

    static final PersonId ANA = PersonId.random();
    static final PersonId BEN = PersonId.random();
    static final PersonId CARA = PersonId.random();
    static final HomeBaseId BILLING = HomeBaseId.random();
    static final MissionId LAUNCH = MissionId.random();
    static final Scope IN_BILLING = new Scope(BILLING, null);

    @Test
    void everyoneSeesWhatIsOpenToTheOrganization() {
        var audience = Audience.everyone(IN_BILLING);

        assertThat(audience.admits(CARA, List.of())).isTrue();
        assertThat(audience.admits(onNoTeam(CARA))).isTrue();
        assertThat(audience.admits(Viewer.ANYONE)).isTrue();
    }

    @Test
    void theTeamOfItsScopeAndTheNamedSeeATeamOnlyOne() {
        var audience = new Audience(Visibility.TEAM, IN_BILLING, Set.of(ANA));

        assertThat(audience.admits(BEN, List.of(BEN))).as("on the team").isTrue();
        assertThat(audience.admits(new Viewer(BEN, Set.of(BILLING), Set.of())))
                .as("on the team")
                .isTrue();
        assertThat(audience.admits(ANA, List.of(BEN))).as("named").isTrue();
        assertThat(audience.admits(onNoTeam(ANA))).as("named").isTrue();
    }

    @Test
    void someoneOffTheTeamAndNotNamedDoesNotSeeATeamOnlyOne() {
        var audience = new Audience(Visibility.TEAM, IN_BILLING, Set.of(ANA));

        assertThat(audience.admits(CARA, List.of(BEN))).isFalse();
        assertThat(audience.admits(new Viewer(CARA, Set.of(HomeBaseId.random()), Set.of(LAUNCH))))
                .isFalse();
        assertThat(audience.admits(Viewer.ANYONE)).isFalse();
    }

    @Test
    void theTeamOfAMissionSeesATeamOnlyOneInTheMission() {
        var audience = new Audience(Visibility.TEAM, new Scope(null, LAUNCH), Set.of());

        assertThat(audience.admits(new Viewer(CARA, Set.of(), Set.of(LAUNCH)))).isTrue();
        assertThat(audience.admits(new Viewer(CARA, Set.of(BILLING), Set.of()))).isFalse();
    }

    @Test
    void onlyTheNamedSeeAConfidentialOneNotEvenItsTeam() {
        var audience = new Audience(Visibility.CONFIDENTIAL, IN_BILLING, Set.of(ANA));

        assertThat(audience.admits(ANA, List.of())).isTrue();
        assertThat(audience.admits(onNoTeam(ANA))).isTrue();
        assertThat(audience.admits(BEN, List.of(BEN)))
                .as("on the team, not named")
                .isFalse();
        assertThat(audience.admits(new Viewer(BEN, Set.of(BILLING), Set.of()))).isFalse();
        assertThat(audience.admits(Viewer.ANYONE)).isFalse();
    }

    @Test
    void namingMorePeopleLetsThemSee() {
        var audience = new Audience(Visibility.CONFIDENTIAL, IN_BILLING, Set.of(ANA)).naming(List.of(BEN));

        assertThat(audience.admits(onNoTeam(BEN))).isTrue();
        assertThat(audience.named()).containsExactlyInAnyOrder(ANA, BEN);
    }

    @Test
    void refusesToKeepToItsTeamWhatBelongsToTheWholeOrganization() {
        assertThatThrownBy(() -> new Audience(Visibility.TEAM, Scope.ORGANIZATION, Set.of(ANA)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("visibility");
                    assertThat(v.code()).isEqualTo("visibility.team.noTeam");
                });
    }

    @Test
    void isOpenToTheOrganizationWhenNoVisibilityIsGiven() {
        var audience = new Audience(null, null, null);

        assertThat(audience.visibility()).isEqualTo(Visibility.ORGANIZATION);
        assertThat(audience.open()).isTrue();
    }

    private static Viewer onNoTeam(PersonId person) {
        return new Viewer(person, Set.of(), Set.of());
    }
}
