package org.baton.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.people.PersonBuilder.NOW;
import static org.baton.people.PersonBuilder.aPerson;

import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** A person's steward is chosen by the person, their current steward handing them on, or an admin. */
class StewardshipTests {

    static final PersonId ANA = PersonId.random();
    static final PersonId CHRIS = PersonId.random();
    static final PersonId OUTSIDER = PersonId.random();

    @Test
    void letsThePersonTheirStewardAndAnAdminChoose() {
        var ben = aPerson().named("Ben").stewardedBy(ANA).loaded();
        var policy = new Stewardship(ben.id(), ANA);

        assertThat(policy.allowsChoiceBy(ben.id(), false)).isTrue();
        assertThat(policy.allowsChoiceBy(ANA, false)).isTrue();
        assertThat(policy.allowsChoiceBy(OUTSIDER, true)).isTrue();
        assertThat(policy.allowsChoiceBy(OUTSIDER, false)).isFalse();
        assertThat(policy.allowsChoiceBy(null, false)).isFalse();
    }

    @Test
    void recordsTheStewardChosenAndWhoChoseThem() {
        var ben = aPerson().named("Ben").loaded();

        ben.chooseSteward(ANA, ben.id(), false, NOW);

        assertThat(ben.stewardId()).isEqualTo(ANA);
        assertThat(ben.releaseEvents())
                .containsExactly(new StewardChosen(ben.organizationId(), ben.id(), NOW, ben.id(), "Ben", ANA, null));
    }

    @Test
    void letsTheCurrentStewardHandThePersonOn() {
        var ben = aPerson().named("Ben").stewardedBy(ANA).loaded();

        ben.chooseSteward(CHRIS, ANA, false, NOW);

        assertThat(ben.stewardId()).isEqualTo(CHRIS);
        assertThat(ben.releaseEvents()).singleElement().isInstanceOfSatisfying(StewardChosen.class, e -> {
            assertThat(e.actor()).isEqualTo(ANA);
            assertThat(e.previousStewardId()).isEqualTo(ANA);
        });
    }

    @Test
    void refusesSomeoneElseChoosingAPersonsStewardAndChangesNothing() {
        var ben = aPerson().named("Ben").stewardedBy(ANA).loaded();

        assertThatThrownBy(() -> ben.chooseSteward(OUTSIDER, OUTSIDER, false, NOW))
                .isInstanceOf(NotPermitted.class);
        assertThat(ben.stewardId()).isEqualTo(ANA);
        assertThat(ben.releaseEvents()).isEmpty();
        assertThat(ben.stewardChoosableBy(OUTSIDER, false)).isFalse();
    }

    @Test
    void refusesAPersonAsTheirOwnSteward() {
        var ben = aPerson().named("Ben").loaded();

        assertThatThrownBy(() -> ben.chooseSteward(ben.id(), ben.id(), true, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("stewardId");
                    assertThat(e.code()).isEqualTo("steward.self");
                });
        assertThat(ben.stewardId()).isNull();
    }

    @Test
    void choosingTheStewardTheyAlreadyHaveIsNoFact() {
        var ben = aPerson().named("Ben").stewardedBy(ANA).loaded();

        ben.chooseSteward(ANA, ben.id(), false, NOW);

        assertThat(ben.releaseEvents()).isEmpty();
    }
}
