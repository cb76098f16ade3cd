package org.baton.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.people.PersonBuilder.NOW;
import static org.baton.people.PersonBuilder.ORG;
import static org.baton.people.PersonBuilder.aPerson;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class PersonTests {

    static final PersonId ADMIN = PersonId.random();
    static final Instant LATER = NOW.plusSeconds(60);

    @Test
    void readsExpertiseWrittenOnOneLine() {
        assertThat(Expertise.parse("UX research: expert"))
                .isEqualTo(new Expertise("UX research", Expertise.Level.EXPERT));
        assertThat(Expertise.parse("Java")).isEqualTo(new Expertise("Java", Expertise.Level.PRACTITIONER));
        assertThat(Expertise.parse("Ratio: 3:1")).isEqualTo(new Expertise("Ratio: 3:1", Expertise.Level.PRACTITIONER));
    }

    @Test
    void refusesAnInvalidEmailAndAnUnknownTimeZone() {
        assertThatThrownBy(() -> aPerson().reachedAt("ana").enrolled())
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("email");
        assertThatThrownBy(() -> aPerson().readingTimeIn("Nowhere/Town").enrolled())
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("timeZone");
    }

    @Test
    void refusesAPersonWithoutAName() {
        assertThatThrownBy(() -> aPerson().named(" ").enrolled())
                .isInstanceOf(RuleViolation.class)
                .extracting("field", "code")
                .containsExactly("name", "person.name.required");
    }

    @Test
    void listsEachExpertiseAreaOnce() {
        assertThatThrownBy(() -> aPerson()
                        .knowing(new Expertise("Java", null), new Expertise("java", Expertise.Level.EXPERT))
                        .enrolled())
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("expertise");
    }

    @Test
    void takesAvailabilityAsHoursAWeekFrom0To80AssumingADayAWeekUntilTold() {
        assertThat(aPerson().available(0).enrolled().availability()).isZero();
        assertThat(aPerson().available(80).enrolled().availability()).isEqualTo(80);
        assertThat(aPerson().enrolled().availability()).isEqualTo(8);
        for (int outOfRange : new int[] {-1, 81}) {
            assertThatThrownBy(() -> aPerson().available(outOfRange).enrolled())
                    .isInstanceOf(RuleViolation.class)
                    .extracting("field")
                    .isEqualTo("availability");
        }
    }

    @Test
    void dropsBlankGrowthGoalsAndReadsTimeInTheirOwnZone() {
        var person = aPerson()
                .growingInto("lead a mission", " ")
                .readingTimeIn("Europe/Berlin")
                .enrolled();
        assertThat(person.growthGoals()).containsExactly("lead a mission");
        assertThat(person.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(aPerson().enrolled().timeZone()).isEqualTo(PersonBuilder.ORGANIZATION_ZONE);
    }

    @Test
    void recordsTheEnrolmentWithWhoEnrolledThem() {
        var person = aPerson().named(" Ana Alves ").enrolledBy(ADMIN);

        assertThat(person.releaseEvents())
                .containsExactly(new PersonEnrolled(ORG, person.id(), NOW, ADMIN, "Ana Alves"));
        assertThat(person.releaseEvents()).isEmpty();
    }

    @Test
    void recordsWhichPartsOfTheProfileAnEditChanged() {
        var person = aPerson().enrolled();
        person.releaseEvents();

        person.describe(
                aPerson()
                        .named("Ana Alves-Berg")
                        .available(24)
                        .growingInto("coach")
                        .details(),
                person.id(),
                LATER);

        assertThat(person.availability()).isEqualTo(24);
        assertThat(person.releaseEvents())
                .containsExactly(new PersonProfileEdited(
                        ORG,
                        person.id(),
                        LATER,
                        person.id(),
                        "Ana Alves-Berg",
                        List.of(
                                PersonProfileEdited.Part.NAME,
                                PersonProfileEdited.Part.GROWTH_GOALS,
                                PersonProfileEdited.Part.AVAILABILITY)));
    }

    @Test
    void anEditThatChangesNothingIsNoFact() {
        var person = aPerson().knowing(Expertise.parse("Java: expert")).enrolled();
        person.releaseEvents();

        person.describe(aPerson().knowing(Expertise.parse("Java: expert")).details(), ADMIN, LATER);

        assertThat(person.releaseEvents()).isEmpty();
    }

    @Test
    void aRefusedEditLeavesTheRecordAsItWas() {
        var person = aPerson().enrolled();
        person.releaseEvents();

        assertThatThrownBy(() -> person.describe(
                        aPerson().named("Ana B").reachedAt("nope").details(), ADMIN, LATER))
                .isInstanceOf(RuleViolation.class);

        assertThat(person.name()).isEqualTo("Ana Alves");
        assertThat(person.releaseEvents()).isEmpty();
    }

    @Test
    void anEditThatLeavesTheExpertiseAsItWasLeavesNoExpertiseToWrite() {
        var person = aPerson().knowing(Expertise.parse("Java: expert")).loaded();

        person.describe(
                aPerson()
                        .named("Ana Berg")
                        .knowing(Expertise.parse("Java: expert"))
                        .details(),
                ADMIN,
                LATER);

        assertThat(person.expertiseChangedSinceSaved()).isFalse();
    }

    @Test
    void anEditOfTheExpertiseIsWrittenOnceWhenThePersonIsSaved() {
        var person =
                aPerson().knowing(Expertise.parse("Java: expert")).atVersion(2).loaded();

        person.describe(aPerson().knowing(Expertise.parse("Java: learning")).details(), ADMIN, LATER);
        assertThat(person.expertiseChangedSinceSaved()).isTrue();

        person.saved(3);
        assertThat(person.expertiseChangedSinceSaved()).isFalse();
        assertThat(person.version()).isEqualTo(3);
        assertThat(person.expertise()).containsExactly(new Expertise("Java", Expertise.Level.LEARNING));
    }
}
