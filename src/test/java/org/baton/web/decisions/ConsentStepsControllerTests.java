package org.baton.web.decisions;

import static org.baton.web.decisions.DecisionPageFixtures.BEN;
import static org.baton.web.decisions.DecisionPageFixtures.DECISION;
import static org.baton.web.decisions.DecisionPageFixtures.ORG;
import static org.baton.web.decisions.DecisionPageFixtures.anOpenConsentDecision;
import static org.baton.web.support.PageSliceConfiguration.signedIn;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.UUID;
import org.baton.decisions.DecisionStep;
import org.baton.decisions.Decisions;
import org.baton.decisions.Reaction;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.web.support.Directory;
import org.baton.web.support.PageSliceConfiguration;
import org.baton.zones.Zones;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Ben reacting to a consent decision Ana decides, with the decisions facade mocked. */
@WebMvcTest(ConsentStepsController.class)
@Import({PageSliceConfiguration.class, DecisionPages.class})
class ConsentStepsControllerTests {

    private static final String PAGE = "/decisions/" + DECISION.value();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Decisions decisions;

    @MockitoBean
    Zones zones;

    @MockitoBean
    Directory directory;

    @MockitoBean
    ScopeChoices scopes;

    @MockitoBean
    CitablePrinciples principles;

    @BeforeEach
    void aConsentDecisionOpenToBensReaction() {
        when(scopes.name(any(), any())).thenReturn(ScopeChoices.ORGANIZATION);
        var decision = anOpenConsentDecision(DecisionStep.GIVE_ADVICE, DecisionStep.REACT);
        when(decisions.get(eq(ORG), eq(DECISION), any())).thenReturn(decision);
    }

    @Test
    void consentingIsRecordedAsAReactionAndLeadsBackToTheConsentRound() throws Exception {
        mvc.perform(post(PAGE + "/reactions")
                        .param("kind", "CONSENT")
                        .param("comment", "Fine by me")
                        .with(signedIn(ORG, BEN))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE + "#consent"))
                .andExpect(flash().attribute("notice", "decision.notice.reacted"));
        verify(decisions).react(ORG, DECISION, BEN, Reaction.Kind.CONSENT, "Fine by me");
        verify(decisions, never()).raiseObjection(any(), any(), any(), any(), any());
    }

    @Test
    void anObjectionIsRaisedWithThePrinciplesItCites() throws Exception {
        var principle = UUID.randomUUID();

        mvc.perform(post(PAGE + "/reactions")
                        .param("kind", "OBJECTION")
                        .param("comment", "This breaks invoicing for agencies.")
                        .param("principleIds", principle.toString())
                        .with(signedIn(ORG, BEN))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE + "#consent"))
                .andExpect(flash().attribute("notice", "decision.notice.objectionRaised"));
        verify(decisions).raiseObjection(ORG, DECISION, BEN, "This breaks invoicing for agencies.", List.of(principle));
    }

    @Test
    void anObjectionThatNamesNoHarmIsShownNextToTheCommentWithWhatWasChosen() throws Exception {
        when(decisions.raiseObjection(ORG, DECISION, BEN, "I prefer the other one", List.of()))
                .thenThrow(new RuleViolation("harm", "objection.harm.preference", "Preferring is not objecting."));

        mvc.perform(post(PAGE + "/reactions")
                        .param("kind", "OBJECTION")
                        .param("comment", "I prefer the other one")
                        .with(signedIn(ORG, BEN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("decisions/show"))
                .andExpect(model().attributeHasFieldErrorCode("reaction", "comment", "objection.harm.preference"))
                .andExpect(content().string(containsString("id=\"comment-error\"")))
                .andExpect(content().string(containsString("Preferring another option is not an objection.")))
                .andExpect(content().string(containsString("I prefer the other one</textarea>")));
    }

    @Test
    void withdrawingAnObjectionThatIsNoLongerOpenShowsWhyAboveTheObjections() throws Exception {
        var objection = UUID.randomUUID();
        when(decisions.withdrawObjection(ORG, DECISION, objection, BEN))
                .thenThrow(new StateConflict("decision.objectionsOpen", "Not open."));

        mvc.perform(post(PAGE + "/objections/" + objection + "/withdraw")
                        .with(signedIn(ORG, BEN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("reaction"))
                .andExpect(
                        content().string(containsString("Consent is not reached while a reasoned objection is open")));
    }

    @Test
    void acceptingTheIntegrationOfSomeoneElsesObjectionIsForbidden() throws Exception {
        var objection = UUID.randomUUID();
        when(decisions.acceptIntegration(ORG, DECISION, objection, BEN))
                .thenThrow(
                        new NotPermitted("Only the person who raised an objection can accept an integration of it."));

        mvc.perform(post(PAGE + "/objections/" + objection + "/accept-integration")
                        .with(signedIn(ORG, BEN))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void acceptingAnIntegrationLeadsBackToTheConsentRoundWithANotice() throws Exception {
        var objection = UUID.randomUUID();

        mvc.perform(post(PAGE + "/objections/" + objection + "/accept-integration")
                        .with(signedIn(ORG, BEN))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE + "#consent"))
                .andExpect(flash().attribute("notice", "decision.notice.objectionIntegrated"));
        verify(decisions).acceptIntegration(ORG, DECISION, objection, BEN);
    }
}
