package org.baton.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class PersonTests {

    static Person enrol(PersonDetails details) {
        return Person.enrol(OrganizationId.random(), details, ZoneId.of("UTC"), Instant.EPOCH);
    }

    @Test
    void readsExpertiseWrittenOnOneLine() {
        assertThat(Expertise.parse("UX research: expert"))
                .isEqualTo(new Expertise("UX research", Expertise.Level.EXPERT));
        assertThat(Expertise.parse("Java")).isEqualTo(new Expertise("Java", Expertise.Level.PRACTITIONER));
        assertThat(Expertise.parse("Ratio: 3:1")).isEqualTo(new Expertise("Ratio: 3:1", Expertise.Level.PRACTITIONER));
    }

    @Test
    void refusesAnInvalidEmailAndAnUnknownTimeZone() {
        assertThatThrownBy(() -> enrol(new PersonDetails("Ana", "ana", null, null, null, null)))
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("email");
        assertThatThrownBy(() -> enrol(new PersonDetails("Ana", "ana@example.org", null, null, null, "Nowhere/Town")))
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("timeZone");
    }

    @Test
    void listsEachExpertiseAreaOnce() {
        var twice = List.of(new Expertise("Java", null), new Expertise("java", Expertise.Level.EXPERT));
        assertThatThrownBy(() -> enrol(new PersonDetails("Ana", "ana@example.org", twice, null, null, null)))
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("expertise");
    }

    @Test
    void dropsBlankGrowthGoals() {
        var person = enrol(new PersonDetails(
                "Ana", "ana@example.org", null, List.of("lead a mission", " "), null, "Europe/Berlin"));
        assertThat(person.growthGoals()).containsExactly("lead a mission");
        assertThat(person.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }
}
