package org.baton.homebases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.homebases.HomeBaseBuilder.aHomeBase;

import java.time.Instant;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.junit.jupiter.api.Test;

/** A home base's context, leader and members are changed by its leader. */
class HomeBaseAuthorityTests {

    static final PersonId LEADER = PersonId.random();
    static final PersonId MEMBER = PersonId.random();
    static final PersonId OUTSIDER = PersonId.random();
    static final Instant LATER = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void givesChangesToTheLeaderAlone() {
        var authority = new HomeBaseAuthority(LEADER, List.of(LEADER, MEMBER));

        assertThat(authority.allowsChangesBy(LEADER)).isTrue();
        assertThat(authority.allowsChangesBy(MEMBER)).isFalse();
        assertThat(authority.allowsChangesBy(OUTSIDER)).isFalse();
        assertThat(authority.allowsChangesBy(null)).isFalse();
    }

    @Test
    void aHomeBaseWithoutALeaderBelongsToItsMembers() {
        var authority = new HomeBaseAuthority(null, List.of(MEMBER));

        assertThat(authority.allowsChangesBy(MEMBER)).isTrue();
        assertThat(authority.allowsChangesBy(OUTSIDER)).isFalse();
    }

    @Test
    void aHomeBaseWithNobodyInItCanBeTakenUpByAnyone() {
        assertThat(new HomeBaseAuthority(null, List.of()).allowsChangesBy(OUTSIDER))
                .isTrue();
    }

    @Test
    void refusesAnotherPersonsEditOfTheContextAndChangesNothing() {
        var homeBase = aHomeBase().ledBy(LEADER).withMembers(MEMBER).founded();
        homeBase.releaseEvents();

        assertThatThrownBy(() -> homeBase.describe(
                        aHomeBase().named("Taken over").ledBy(OUTSIDER).details(), OUTSIDER, LATER))
                .isInstanceOf(NotPermitted.class)
                .hasMessageContaining("leader");
        assertThat(homeBase.name()).isEqualTo("Onboarding");
        assertThat(homeBase.leaderId()).isEqualTo(LEADER);
        assertThat(homeBase.releaseEvents()).isEmpty();
        assertThat(homeBase.changeableBy(OUTSIDER)).isFalse();
        assertThat(homeBase.changeableBy(LEADER)).isTrue();
    }
}
