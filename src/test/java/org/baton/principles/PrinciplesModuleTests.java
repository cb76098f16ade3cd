package org.baton.principles;

import static org.assertj.core.api.Assertions.assertThat;

import org.baton.organizations.Organizations;
import org.baton.people.People;
import org.baton.people.PersonDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/** The principles module announces each change to a value or principle, with the person who made it. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
class PrinciplesModuleTests {

    @Autowired
    Principles principles;

    @Autowired
    Organizations organizations;

    @Autowired
    People people;

    @Test
    void revisingAPrinciplePublishesThatItWasRevisedAndByWhom(Scenario scenario) {
        var org = organizations.found("Module Test Org").id();
        var ana = people.enrol(org, new PersonDetails("Ana Alves", "ana@example.org", null, null, null, null), null)
                .id();
        var value = principles.defineValue(org, ana, true, "Autonomy", "Teams decide what they can.");
        var principle = principles.adopt(org, ana, true, value.id(), "Decide close to the work", null, null);

        scenario.stimulate(() -> principles.revise(
                        org,
                        ana,
                        true,
                        principle.id(),
                        null,
                        "Decide where the work is done",
                        null,
                        "Teams asked for plainer words",
                        null))
                .andWaitForEventOfType(PrincipleRevised.class)
                .matching(event -> event.principleId().equals(principle.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.organizationId()).isEqualTo(org);
                    assertThat(event.actor()).isEqualTo(ana);
                    assertThat(event.statement()).isEqualTo("Decide where the work is done");
                    assertThat(event.version()).isEqualTo(2);
                    assertThat(event.rationale()).isEqualTo("Teams asked for plainer words");
                });
    }

    @Test
    void retiringAPrinciplePublishesThatItWasRetiredAndByWhom(Scenario scenario) {
        var org = organizations.found("Module Test Org").id();
        var bo = people.enrol(org, new PersonDetails("Bo Berg", "bo@example.org", null, null, null, null), null)
                .id();
        var value = principles.defineValue(org, bo, true, "Pace", "");
        var principle = principles.adopt(org, bo, true, value.id(), "No meetings on Wednesdays", null, null);

        scenario.stimulate(() -> principles.revise(
                        org, bo, true, principle.id(), null, null, Status.RETIRED, "Support needs Wednesdays", null))
                .andWaitForEventOfType(PrincipleRetired.class)
                .matching(event -> event.principleId().equals(principle.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.actor()).isEqualTo(bo);
                    assertThat(event.statement()).isEqualTo("No meetings on Wednesdays");
                });
    }
}
