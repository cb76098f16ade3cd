package org.baton.web.decisions;

import static org.baton.web.decisions.DecisionPageFixtures.ANA;
import static org.baton.web.decisions.DecisionPageFixtures.BEN;
import static org.baton.web.decisions.DecisionPageFixtures.DECISION;
import static org.baton.web.decisions.DecisionPageFixtures.ORG;
import static org.baton.web.decisions.DecisionPageFixtures.anOpenConsentDecision;
import static org.baton.web.support.PageSliceConfiguration.signedIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import org.baton.decisions.Choice;
import org.baton.decisions.DecisionStep;
import org.baton.decisions.Decisions;
import org.baton.shared.NotFound;
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
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** One decision's page and its steps, with the decisions facade mocked: what each answer of the domain shows. */
@WebMvcTest(DecisionStepsController.class)
@Import({PageSliceConfiguration.class, DecisionPages.class})
class DecisionStepsControllerTests {

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
    void anOpenConsentDecisionAnaDecides() {
        when(scopes.name(any(), any())).thenReturn(ScopeChoices.ORGANIZATION);
        var decision = anOpenConsentDecision(DecisionStep.AMEND, DecisionStep.DECIDE);
        when(decisions.get(eq(ORG), eq(DECISION), any())).thenReturn(decision);
    }

    @Test
    void offersTheStepsTheDecisionSaysAreOpenToTheViewerAndNoOthers() throws Exception {
        mvc.perform(get(PAGE).with(signedIn(ORG, ANA)))
                .andExpect(status().isOk())
                .andExpect(view().name("decisions/show"))
                .andExpect(content().string(containsString("action=\"" + PAGE + "/amend#proposals\"")))
                .andExpect(content().string(containsString("action=\"" + PAGE + "/decide#decide\"")))
                .andExpect(content().string(not(containsString(PAGE + "/advice#advice-section"))))
                .andExpect(content().string(not(containsString(PAGE + "/reactions#consent"))))
                .andExpect(content().string(not(containsString(PAGE + "/result#result-section"))));
    }

    @Test
    void offersAdviceAndAReactionToSomeoneElseWhenTheDecisionOpensThoseToThem() throws Exception {
        var decision = anOpenConsentDecision(DecisionStep.GIVE_ADVICE, DecisionStep.REACT);
        when(decisions.get(eq(ORG), eq(DECISION), any())).thenReturn(decision);

        mvc.perform(get(PAGE).with(signedIn(ORG, BEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"" + PAGE + "/advice#advice-section\"")))
                .andExpect(content().string(containsString("action=\"" + PAGE + "/reactions#consent\"")))
                .andExpect(content().string(not(containsString(PAGE + "/amend#proposals"))))
                .andExpect(content().string(not(containsString("id=\"decide\""))));
    }

    @Test
    void amendingRedirectsToTheProposalWithANotice() throws Exception {
        mvc.perform(post(PAGE + "/amend")
                        .param("proposal", "Move in May instead.")
                        .with(signedIn(ORG, ANA))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE + "#proposals"))
                .andExpect(flash().attribute("notice", "decision.notice.amended"));
        verify(decisions).amend(ORG, DECISION, ANA, "Move in May instead.", List.of());
    }

    @Test
    void anAmendmentTheDecisionRefusesIsShownNextToTheProposalWithWhatWasTyped() throws Exception {
        when(decisions.amend(ORG, DECISION, ANA, " ", List.of()))
                .thenThrow(new RuleViolation("proposal", "decision.proposal.required", "Write the amended proposal."));

        mvc.perform(post(PAGE + "/amend")
                        .param("proposal", " ")
                        .with(signedIn(ORG, ANA))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("decisions/show"))
                .andExpect(model().attributeHasFieldErrorCode("amendment", "proposal", "decision.proposal.required"))
                .andExpect(content().string(containsString("id=\"proposal-error\"")))
                .andExpect(content().string(containsString("Write the amended proposal.")));
    }

    @Test
    void decidingWhileAnObjectionIsOpenShowsTheConflictAtTheTopOfTheDecideForm() throws Exception {
        when(decisions.decide(eq(ORG), eq(DECISION), eq(ANA), any(Choice.class)))
                .thenThrow(new StateConflict("decision.objectionsOpen", "An objection is open."));

        mvc.perform(post(PAGE + "/decide")
                        .param("choice", "Go")
                        .with(signedIn(ORG, ANA))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("choice"))
                .andExpect(model().attributeHasNoErrors("amendment"))
                .andExpect(
                        content().string(containsString("Consent is not reached while a reasoned objection is open")))
                .andExpect(content().string(containsString("Go</textarea>")));
    }

    @Test
    void aDecisionSavedBySomeoneElseMeanwhileKeepsWhatWasTypedAndSaysSo() throws Exception {
        when(decisions.amend(any(), any(), any(), any(), any()))
                .thenThrow(new OptimisticLockingFailureException("stale"));

        mvc.perform(post(PAGE + "/amend")
                        .param("proposal", "Mine")
                        .with(signedIn(ORG, ANA))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("amendment"))
                .andExpect(content().string(containsString("Someone else changed this meanwhile.")))
                .andExpect(content().string(containsString("Mine</textarea>")));
    }

    @Test
    void aStepTheDecisionReservesForTheDeciderAnswersForbidden() throws Exception {
        when(decisions.decide(any(), any(), any(), any())).thenThrow(new NotPermitted("Only the decider may decide."));

        mvc.perform(post(PAGE + "/decide")
                        .param("choice", "Go")
                        .with(signedIn(ORG, BEN))
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error/403"));
    }

    @Test
    void aStepOnADecisionOfAnotherOrganizationAnswersNotFoundWithoutTakingIt() throws Exception {
        when(decisions.get(eq(ORG), eq(DECISION), any())).thenThrow(new NotFound("decision", DECISION.value()));

        mvc.perform(post(PAGE + "/result")
                        .param("result", "It worked")
                        .with(signedIn(ORG, ANA))
                        .with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        verify(decisions, never()).recordResult(any(), any(), any(), any());
    }

    @Test
    void askingForAdviceTellsTheDecisionWhomToAsk() throws Exception {
        mvc.perform(post(PAGE + "/advice-requests")
                        .param("personIds", BEN.value().toString())
                        .with(signedIn(ORG, ANA))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE + "#advice-section"))
                .andExpect(flash().attribute("notice", "decision.notice.adviceRequested"));
        verify(decisions).requestAdvice(ORG, DECISION, ANA, List.of(BEN));
    }

    @Test
    void adviceWithoutWordsIsShownNextToTheAdviceField() throws Exception {
        var decision = anOpenConsentDecision(DecisionStep.GIVE_ADVICE);
        when(decisions.get(eq(ORG), eq(DECISION), any())).thenReturn(decision);
        when(decisions.giveAdvice(ORG, DECISION, BEN, ""))
                .thenThrow(new RuleViolation("advice", "decision.advice.required", "Write the advice you give."));

        mvc.perform(post(PAGE + "/advice")
                        .param("advice", "")
                        .with(signedIn(ORG, BEN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("advice", "advice", "decision.advice.required"))
                .andExpect(content().string(containsString("id=\"advice-error\"")));
    }

    @Test
    void answeringAQuestionThatWasAnsweredAlreadySaysSo() throws Exception {
        var contest = java.util.UUID.randomUUID();
        when(decisions.answerContest(ORG, DECISION, contest, ANA, "Because"))
                .thenThrow(new StateConflict("decision.contest.answered", "Answered already."));

        mvc.perform(post(PAGE + "/contests/" + contest + "/answer")
                        .param("answer", "Because")
                        .with(signedIn(ORG, ANA))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("answer"));
    }

    @Test
    void recordingTheResultRedirectsToTheResult() throws Exception {
        mvc.perform(post(PAGE + "/result")
                        .param("result", "It worked")
                        .with(signedIn(ORG, ANA))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE + "#result-section"))
                .andExpect(flash().attribute("notice", "decision.notice.resultRecorded"));
        verify(decisions).recordResult(ORG, DECISION, ANA, "It worked");
    }

    @Test
    void aStepPostedWithoutTheFormsTokenIsRefusedBeforeTheDomainHearsOfIt() throws Exception {
        mvc.perform(post(PAGE + "/amend").param("proposal", "Sneaky").with(signedIn(ORG, ANA)))
                .andExpect(status().isForbidden());
        verify(decisions, never()).amend(any(), any(), any(), any(), any());
    }

    @Test
    void aPersonNotSignedInIsSentToSignIn() throws Exception {
        mvc.perform(get(PAGE)).andExpect(redirectedUrl("/sign-in"));
    }
}
