package org.baton.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.baton.accounts.Accounts;
import org.baton.notifications.Inbox;
import org.baton.notifications.InboxItem;
import org.baton.people.People;
import org.baton.people.PersonDetails;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.baton.support.BatonIntegrationTest;
import org.baton.teams.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/** The decisions module announces each step as a named event carrying its facts; the inbox hears of them. */
@BatonIntegrationTest
@EnableScenarios
class DecisionsModuleTests {

    static final String HARM = "Support would be unstaffed on Fridays and our response-time goal breaks";

    @Autowired
    Decisions decisions;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Inbox inbox;

    OrganizationId org;
    PersonId eve;
    PersonId oscar;

    @BeforeEach
    void foundAnOrganization() {
        var founded = accounts.foundOrganization(
                "Decisions Org", "Eve Events", "eve-" + System.nanoTime() + "@example.org", "long enough password");
        org = founded.organization().id();
        eve = founded.admin().id();
        oscar = people.enrol(
                        org,
                        new PersonDetails(
                                "Oscar Objector",
                                "oscar-" + System.nanoTime() + "@example.org",
                                List.of(),
                                List.of(),
                                40,
                                "Europe/Zurich"),
                        eve)
                .id();
    }

    Decision aConsentDecision() {
        return decisions.raise(
                org,
                eve,
                DecisionBuilder.aConsentDecision()
                        .in(Scope.ORGANIZATION)
                        .askingConsentOf(oscar)
                        .draft());
    }

    @Test
    void raisingPublishesWhoDecidesAndByWhichMethod(Scenario scenario) {
        scenario.stimulate(this::aConsentDecision)
                .andWaitForEventOfType(DecisionRaised.class)
                .matching(event -> event.organizationId().equals(org))
                .toArriveAndVerify((event, decision) -> {
                    assertThat(event.decisionId()).isEqualTo(decision.id());
                    assertThat(event.actor()).isEqualTo(eve);
                    assertThat(event.decider()).isEqualTo(eve);
                    assertThat(event.method()).isEqualTo(DecisionMethod.CONSENT);
                    assertThat(event.subject().title()).isEqualTo("Move to a four-day week");
                    assertThat(event.scope()).isEqualTo(Scope.ORGANIZATION);
                    assertThat(event.participants()).containsExactly(oscar);
                });
    }

    @Test
    void eachParticipantFindsTheRequestForTheirConsentInTheirInbox(Scenario scenario) {
        scenario.stimulate(this::aConsentDecision)
                .andWaitForStateChange(
                        () -> inbox.of(org, oscar, new PageRequest(0, 10)).items().stream()
                                .map(InboxItem::kind)
                                .toList(),
                        kinds -> kinds.contains("decisionConsentAsked"))
                .andVerify(kinds -> assertThat(kinds).containsExactly("decisionConsentAsked"));
    }

    @Test
    void aConsultationIsSavedWithItsAnswersAndItsWindow() {
        var raised = decisions.raise(
                org,
                eve,
                DecisionBuilder.aDecisionConsultingTheImpacted()
                        .in(Scope.ORGANIZATION)
                        .impacting(oscar)
                        .draft());
        decisions.answerConsultation(org, raised.id(), oscar, "The support desk can live with it");

        var loaded = decisions.get(org, raised.id());
        assertThat(loaded.consultUntil()).isEqualTo(raised.consultUntil()).isNotNull();
        assertThat(loaded.consultations()).singleElement().satisfies(c -> {
            assertThat(c.personId()).isEqualTo(oscar);
            assertThat(c.answer()).isEqualTo("The support desk can live with it");
        });
    }

    @Test
    void anObjectionIsPublishedWithItsHarmAndReachesTheDecidersInbox(Scenario scenario) {
        var decision = aConsentDecision();

        scenario.stimulate(() -> decisions.raiseObjection(org, decision.id(), oscar, HARM, List.of()))
                .andWaitForEventOfType(ObjectionRaised.class)
                .matching(event -> event.decisionId().equals(decision.id()))
                .toArriveAndVerify((event, objection) -> {
                    assertThat(event.objectionId()).isEqualTo(objection.id());
                    assertThat(event.objector()).isEqualTo(oscar);
                    assertThat(event.decider()).isEqualTo(eve);
                    assertThat(event.harm()).isEqualTo(HARM);
                    assertThat(event.principleIds()).isEmpty();
                });

        scenario.stimulate(() -> {})
                .andWaitForStateChange(
                        () -> inbox.of(org, eve, new PageRequest(0, 10)).items().stream()
                                .map(InboxItem::kind)
                                .toList(),
                        kinds -> kinds.contains("decisionObjectionRaised"))
                .andVerify(kinds -> assertThat(kinds).containsExactly("decisionObjectionRaised"));
    }

    @Test
    void decidingPublishesTheChoiceWithItsFacts(Scenario scenario) {
        var decision = aConsentDecision();
        var objection = decisions.raiseObjection(org, decision.id(), oscar, HARM, List.of());
        decisions.withdrawObjection(org, decision.id(), objection.id(), oscar);
        var review = java.time.LocalDate.parse("2027-03-01");

        scenario.stimulate(() -> decisions.decide(
                        org,
                        decision.id(),
                        eve,
                        new Choice("Four-day week", "Burnout costs more", List.of(), "Fewer sick days", review)))
                .andWaitForEventOfType(DecisionMade.class)
                .matching(event -> event.decisionId().equals(decision.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.decider()).isEqualTo(eve);
                    assertThat(event.method()).isEqualTo(DecisionMethod.CONSENT);
                    assertThat(event.choice()).isEqualTo("Four-day week");
                    assertThat(event.rationale()).isEqualTo("Burnout costs more");
                    assertThat(event.expectedResult()).isEqualTo("Fewer sick days");
                    assertThat(event.reviewOn()).isEqualTo(review);
                    assertThat(event.scope()).isEqualTo(Scope.ORGANIZATION);
                    assertThat(event.zone()).isNull();
                });
    }

    @Test
    void aStepReturnsTheDecisionAsItWasSaved() {
        var raised = aConsentDecision();
        var objection = decisions.raiseObjection(org, raised.id(), oscar, HARM, List.of());
        var withdrawn = decisions.withdrawObjection(org, raised.id(), objection.id(), oscar);
        var amended = decisions.amend(org, raised.id(), eve, "Four days, with a rotating Friday shift", List.of());

        var loaded = decisions.get(org, raised.id());
        assertThat(withdrawn.version()).isEqualTo(2);
        assertThat(amended.version()).isEqualTo(3).isEqualTo(loaded.version());
        assertThat(loaded.objections()).isEqualTo(amended.objections());
        assertThat(loaded.reactions()).isEqualTo(amended.reactions());
        assertThat(loaded.proposals()).isEqualTo(amended.proposals()).hasSize(2);
        assertThat(loaded.objections().getFirst().status()).isEqualTo(Objection.Status.WITHDRAWN);
        assertThat(loaded.participants()).containsExactly(oscar);
        assertThat(loaded.reactionOf(oscar)).map(Reaction::kind).contains(Reaction.Kind.CONSENT);
    }
}
