package org.baton.intents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.baton.decisions.PrincipleCatalogue;
import org.baton.homebases.HomeBaseContext;
import org.baton.homebases.HomeBaseDetails;
import org.baton.homebases.HomeBaseId;
import org.baton.homebases.HomeBases;
import org.baton.organizations.Organizations;
import org.baton.people.People;
import org.baton.people.PersonDetails;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.baton.shared.RuleViolation;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.MovableClock;
import org.baton.teams.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The intents module on its own (with the modules it depends on and the database): each step of an intent is
 * published as its own fact, carrying what the log, the inbox and the principles need.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
@Import({BatonIntegrationTest.Clocks.class, IntentsModuleTests.EveryPrincipleActive.class})
class IntentsModuleTests {

    /** Stands in for the principles module, which is not started here: every principle cited is active. */
    @TestConfiguration(proxyBeanMethods = false)
    static class EveryPrincipleActive {
        @Bean
        PrincipleCatalogue principles() {
            return new PrincipleCatalogue() {
                @Override
                public Set<UUID> active(OrganizationId org, Collection<UUID> ids) {
                    return Set.copyOf(ids);
                }

                @Override
                public List<PrincipleHint> likelyRelevant(OrganizationId org, String text, int limit) {
                    return List.of();
                }
            };
        }
    }

    static final String HARM = "Clients were promised the Friday demo; moving it breaks that promise.";

    @Autowired
    Intents intents;

    @Autowired
    Organizations organizations;

    @Autowired
    People people;

    @Autowired
    HomeBases homeBases;

    @Autowired
    MovableClock clock;

    OrganizationId org;
    PersonId ana;
    PersonId ben;
    HomeBaseId onboarding;

    @BeforeEach
    void foundAnOrganization() {
        org = organizations.found("Intents " + System.nanoTime()).id();
        ana = enrol("Ana Alves");
        ben = enrol("Ben Brown");
        onboarding = homeBases
                .found(org, new HomeBaseDetails("Onboarding", "", ana, List.of(ana, ben), HomeBaseContext.EMPTY), ana)
                .id();
    }

    @Test
    void declaringPublishesWhomTheIntentReaches(Scenario scenario) {
        var scope = new Scope(onboarding, null);

        scenario.stimulate(() -> intents.declare(
                        org, ana, "I intend to move the weekly demo to Thursdays", "", scope, null, null))
                .andWaitForEventOfType(IntentDeclared.class)
                .matching(event -> event.organizationId().equals(org))
                .toArriveAndVerify((event, intent) -> {
                    assertThat(event.intentId()).isEqualTo(intent.id());
                    assertThat(event.actor()).isEqualTo(ana);
                    assertThat(event.informed()).containsExactly(ben);
                    assertThat(event.objectionDeadline()).isEqualTo(intent.deadline());
                    assertThat(event.scope()).isEqualTo(scope);
                });
    }

    @Test
    void anIntentThatNamesNoHomeBaseMissionOrAreaReachesTheDeclarersHomeBase(Scenario scenario) {
        scenario.stimulate(() -> intents.declare(org, ana, "I intend to try pair reviews", "", null, null, null))
                .andWaitForEventOfType(IntentDeclared.class)
                .matching(event -> event.organizationId().equals(org))
                .toArriveAndVerify((event, intent) -> {
                    assertThat(event.informed()).containsExactly(ben);
                    assertThat(event.scope()).isEqualTo(new Scope(onboarding, null));
                    assertThat(intent.scope()).isEqualTo(new Scope(onboarding, null));
                });
    }

    @Test
    void someoneWithoutAHomeBaseNamesWhereTheirIntentBelongs() {
        var cleo = enrol("Cleo Nowhere");

        assertThatThrownBy(() -> intents.declare(org, cleo, "I intend to tidy the wiki", "", null, null, null))
                .isInstanceOf(RuleViolation.class)
                .extracting("field", "code")
                .containsExactly("scope", "intent.scope.required");
        assertThat(intents.list(org, cleo, new IntentFilter(null, null, null, cleo), PageRequest.all())
                        .items())
                .isEmpty();
    }

    @Test
    void anObjectionIsPublishedForTheAuthorToHear(Scenario scenario) {
        var intent = declare(Duration.ofHours(48));
        var principle = UUID.randomUUID();

        scenario.stimulate(() -> intents.object(org, intent.id(), ben, HARM, List.of(principle)))
                .andWaitForEventOfType(IntentObjectionRaised.class)
                .matching(event -> event.intentId().equals(intent.id()))
                .toArriveAndVerify((event, objection) -> {
                    assertThat(event.objectionId()).isEqualTo(objection.id());
                    assertThat(event.objector()).isEqualTo(ben);
                    assertThat(event.author()).isEqualTo(ana);
                    assertThat(event.harm()).isEqualTo(HARM);
                    assertThat(event.principleIds()).containsExactly(principle);
                });
    }

    @Test
    void anAmendmentIsPublishedWithTheObjectorsItAddresses(Scenario scenario) {
        var intent = declare(Duration.ofHours(48));
        intents.object(org, intent.id(), ben, HARM, List.of());

        scenario.stimulate(() -> intents.amend(org, intent.id(), ana, "I intend to try Thursdays for a month", null))
                .andWaitForEventOfType(IntentAmended.class)
                .matching(event -> event.intentId().equals(intent.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.addressedObjectors()).containsExactly(ben);
                    assertThat(event.earlierStatement()).isEqualTo(intent.statement());
                    assertThat(event.statement()).isEqualTo("I intend to try Thursdays for a month");
                });
    }

    @Test
    void anIntentWhoseWindowEndedProceedsOnceAsOfItsDeadline(Scenario scenario) {
        var intent = declare(Duration.ofMinutes(5));

        scenario.stimulate(() -> {
                    clock.advance(Duration.ofMinutes(6));
                    intents.proceedWithEndedWindows();
                })
                .andWaitForEventOfType(IntentProceeded.class)
                .matching(event -> event.intentId().equals(intent.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.actor()).isNull();
                    assertThat(event.author()).isEqualTo(ana);
                    assertThat(event.at()).isEqualTo(intent.deadline());
                });
        assertThat(intents.get(org, intent.id()).status()).isEqualTo(IntentStatus.PROCEEDING);
        assertThat(intents.proceedWithEndedWindows()).isZero();
    }

    private Intent declare(Duration window) {
        return intents.declare(
                org,
                ana,
                "I intend to move the weekly demo to Thursdays",
                "Fridays are half empty",
                null,
                null,
                window);
    }

    private PersonId enrol(String name) {
        var email = name.toLowerCase().replace(' ', '.') + "-" + System.nanoTime() + "@example.org";
        return people.enrol(org, new PersonDetails(name, email, null, null, null, null), null)
                .id();
    }
}
