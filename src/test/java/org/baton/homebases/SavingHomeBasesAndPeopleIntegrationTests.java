package org.baton.homebases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.baton.organizations.Organizations;
import org.baton.people.Expertise;
import org.baton.people.People;
import org.baton.people.PersonDetails;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.support.BatonIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Saving writes only what changed: what a founding or an edit returns is what a later read finds, at the same
 * version, and memberships nobody touched stay as they were.
 */
@BatonIntegrationTest
class SavingHomeBasesAndPeopleIntegrationTests {

    @Autowired
    Organizations organizations;

    @Autowired
    People people;

    @Autowired
    HomeBases homeBases;

    @Test
    void anEditOfTheMembersIsWhatALaterReadFinds() {
        var org = organizations.found("Saving home bases").id();
        var ana = enrol(org, "Ana Alves");
        var ben = enrol(org, "Ben Brito");
        var cleo = enrol(org, "Cleo Costa");
        var dan = enrol(org, "Dan Dias");
        var other = homeBases.found(org, new HomeBaseDetails("Other", "", null, List.of(dan), null), ana);
        var founded = homeBases.found(org, new HomeBaseDetails("Payments", "", ana, List.of(ben, ana), null), ana);

        var edited = homeBases.describe(
                org,
                founded.id(),
                founded.version(),
                new HomeBaseDetails("Payments", "", ana, List.of(dan, cleo, ben), null),
                ana);

        assertThat(founded.version()).isZero();
        assertThat(founded.memberIds()).containsExactly(ana, ben);
        assertThat(edited.version()).isEqualTo(1);
        assertThat(edited.memberIds()).containsExactly(ben, cleo, dan);
        var read = homeBases.get(org, founded.id());
        assertThat(read.version()).isEqualTo(edited.version());
        assertThat(read.memberIds()).containsExactly(ben, cleo, dan);
        assertThat(homeBases.get(org, other.id()).memberIds()).isEmpty();
        assertThat(homeBases.homeBaseOf(org, ana)).isEmpty();
        assertThat(homeBases.homeBaseOf(org, dan)).contains(founded.id());
    }

    @Test
    void joiningAndLeavingKeepTheVersionAndMoveOnlyThatPerson() {
        var org = organizations.found("Joining home bases").id();
        var ana = enrol(org, "Ana Alves");
        var ben = enrol(org, "Ben Brito");
        var first = homeBases.found(org, new HomeBaseDetails("First", "", null, List.of(ana, ben), null), ana);
        var second = homeBases.found(org, new HomeBaseDetails("Second", "", null, List.of(), null), ana);

        homeBases.join(org, second.id(), ben, ana);
        homeBases.leave(org, ana, ana);

        assertThat(homeBases.get(org, first.id()).memberIds()).isEmpty();
        assertThat(homeBases.get(org, first.id()).version()).isZero();
        assertThat(homeBases.get(org, second.id()).memberIds()).containsExactly(ben);
    }

    @Test
    void anEditedPersonIsReturnedAsALaterReadFindsThem() {
        var org = organizations.found("Saving people").id();
        var ana = people.enrol(
                org,
                new PersonDetails(
                        "Ana Alves", "ana@example.org", List.of(Expertise.parse("Java: expert")), List.of(), 80, "UTC"),
                null);

        var renamed = people.describe(
                org,
                ana.id(),
                0,
                new PersonDetails(
                        "Ana Berg", "ana@example.org", List.of(Expertise.parse("Java: expert")), List.of(), 80, "UTC"),
                ana.id());
        var retrained = people.describe(
                org,
                ana.id(),
                renamed.version(),
                new PersonDetails(
                        "Ana Berg",
                        "ana@example.org",
                        List.of(Expertise.parse("Kotlin: learning"), Expertise.parse("Java: expert")),
                        List.of(),
                        80,
                        "UTC"),
                ana.id());

        assertThat(renamed.version()).isEqualTo(1);
        assertThat(retrained.version()).isEqualTo(2);
        var read = people.get(org, ana.id());
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.name()).isEqualTo("Ana Berg");
        assertThat(read.expertise()).isEqualTo(retrained.expertise());
        assertThat(read.expertise()).extracting(Expertise::area).containsExactly("Kotlin", "Java");
    }

    private PersonId enrol(OrganizationId org, String name) {
        return people.enrol(
                        org,
                        new PersonDetails(
                                name, name.toLowerCase().replace(' ', '.') + "@example.org", null, null, null, null),
                        null)
                .id();
    }
}
