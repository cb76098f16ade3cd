package org.baton.intents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.intents.IntentBuilder.anIntent;

import org.baton.homebases.HomeBaseId;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.shared.Visibility;
import org.baton.teams.Scope;
import org.junit.jupiter.api.Test;

/** Who may see an intent: its visibility over its scope, its declarer and the people it names. */
class IntentVisibilityTests {

    static final PersonId ANA = PersonId.random();
    static final PersonId BEN = PersonId.random();
    static final Scope HOME_BASE = new Scope(HomeBaseId.random(), null);

    @Test
    void isOpenToTheWholeOrganizationByDefault() {
        var intent = anIntent().by(ANA).declare();

        assertThat(intent.audience().visibility()).isEqualTo(Visibility.ORGANIZATION);
        assertThat(intent.audience().open()).isTrue();
    }

    @Test
    void namesItsDeclarerBesideThePeopleItNames() {
        var intent = anIntent()
                .by(ANA)
                .in(HOME_BASE)
                .visibleTo(Visibility.CONFIDENTIAL, BEN)
                .declare();

        assertThat(intent.audience().named()).containsExactlyInAnyOrder(ANA, BEN);
        assertThat(intent.audience().scope()).isEqualTo(HOME_BASE);
    }

    @Test
    void refusesToKeepAnIntentWithoutHomeBaseOrMissionToItsTeam() {
        var declaration = anIntent().by(ANA).visibleTo(Visibility.TEAM);

        assertThatThrownBy(declaration::declare).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code())
                .isEqualTo("visibility.team.noTeam"));
    }
}
