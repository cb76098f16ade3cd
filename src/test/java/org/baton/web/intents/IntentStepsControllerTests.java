package org.baton.web.intents;

import static org.baton.web.support.PageSliceConfiguration.signedIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
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

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.baton.decisions.Decision;
import org.baton.decisions.DecisionId;
import org.baton.intents.Intent;
import org.baton.intents.IntentId;
import org.baton.intents.IntentStatus;
import org.baton.intents.IntentStep;
import org.baton.intents.Intents;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.teams.Scope;
import org.baton.web.decisions.CitablePrinciples;
import org.baton.web.decisions.ScopeChoices;
import org.baton.web.support.PageSliceConfiguration;
import org.baton.zones.Zones;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What happens to Ana's open intent when Ben objects or Ana takes it to advice, with the intents facade mocked;
 * the page offers each of them what the intent says is open to them.
 */
@WebMvcTest(IntentStepsController.class)
@Import({PageSliceConfiguration.class, Audience.class})
class IntentStepsControllerTests {

    static final OrganizationId ORG = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final PersonId ANA = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final PersonId BEN = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));
    static final IntentId INTENT = new IntentId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    static final String PAGE = "/intents/" + INTENT.value();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Intents intents;

    @MockitoBean
    Zones zones;

    @MockitoBean
    ScopeChoices scopes;

    @MockitoBean
    CitablePrinciples principles;

    Intent intent;

    @BeforeEach
    void anOpenIntentAnaDeclared() {
        intent = mock(Intent.class);
        when(intent.id()).thenReturn(INTENT);
        when(intent.statement()).thenReturn("Move the weekly demo to Thursdays");
        when(intent.status()).thenReturn(IntentStatus.OPEN);
        when(intent.authorId()).thenReturn(ANA);
        when(intent.scope()).thenReturn(Scope.ORGANIZATION);
        when(intent.audience()).thenReturn(org.baton.teams.Audience.everyone(Scope.ORGANIZATION));
        when(intent.deadline()).thenReturn(Instant.now().plusSeconds(86_400));
        when(intent.stepsOpenTo(eq(ANA), any()))
                .thenReturn(EnumSet.of(IntentStep.AMEND, IntentStep.WITHDRAW, IntentStep.TAKE_TO_ADVICE));
        when(intent.stepsOpenTo(eq(BEN), any())).thenReturn(EnumSet.of(IntentStep.OBJECT));
        when(intents.get(eq(ORG), eq(INTENT), any())).thenReturn(intent);
        when(scopes.name(any(), any())).thenReturn(ScopeChoices.ORGANIZATION);
    }

    @Test
    void anObjectionWithoutAHarmIsShownNextToTheHarmField() throws Exception {
        when(intents.object(ORG, INTENT, BEN, "", List.of()))
                .thenThrow(new RuleViolation("harm", "objection.harm.required", "Name the harm."));

        mvc.perform(post(PAGE + "/objections")
                        .param("harm", "")
                        .with(signedIn(ORG, BEN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("intents/show"))
                .andExpect(model().attributeHasFieldErrorCode("objection", "harm", "objection.harm.required"))
                .andExpect(content().string(containsString("id=\"harm-error\"")));
    }

    @Test
    void theAuthorIsOfferedTheirMovesAndNoObjection() throws Exception {
        mvc.perform(get(PAGE).with(signedIn(ORG, ANA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"author-heading\"")))
                .andExpect(content().string(containsString(PAGE + "/amend")))
                .andExpect(content().string(containsString(PAGE + "/advice")))
                .andExpect(content().string(containsString(PAGE + "/withdraw")))
                .andExpect(content().string(not(containsString(PAGE + "/objections"))));
    }

    @Test
    void someoneElseIsOfferedAnObjectionAndNoneOfTheAuthorsMoves() throws Exception {
        mvc.perform(get(PAGE).with(signedIn(ORG, BEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(PAGE + "/objections")))
                .andExpect(content().string(not(containsString("id=\"author-heading\""))))
                .andExpect(content().string(not(containsString(PAGE + "/withdraw"))));
    }

    @Test
    void theAuthorOfAnIntentThatWentAheadIsOfferedToRecordItsResult() throws Exception {
        when(intent.status()).thenReturn(IntentStatus.PROCEEDING);
        when(intent.stepsOpenTo(eq(ANA), any())).thenReturn(Set.of(IntentStep.RECORD_RESULT));

        mvc.perform(get(PAGE).with(signedIn(ORG, ANA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(PAGE + "/result")))
                .andExpect(content().string(not(containsString(PAGE + "/amend"))));
    }

    @Test
    void anObjectionRefusedOnceTheWindowEndedStaysInViewWithItsReason() throws Exception {
        when(intent.stepsOpenTo(eq(BEN), any())).thenReturn(Set.of());
        when(intents.object(ORG, INTENT, BEN, "It breaks our promise to clients", List.of()))
                .thenThrow(new RuleViolation(null, "intent.windowEnded", "The objection window has ended."));

        mvc.perform(post(PAGE + "/objections")
                        .param("harm", "It breaks our promise to clients")
                        .with(signedIn(ORG, BEN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("intents/show"))
                .andExpect(content().string(containsString(PAGE + "/objections")))
                .andExpect(content().string(containsString("The objection window has ended.")));
    }

    @Test
    void takingAnIntentToAdviceLeadsToTheDecisionItBecame() throws Exception {
        var decision = mock(Decision.class);
        var decisionId = new DecisionId(UUID.randomUUID());
        when(decision.id()).thenReturn(decisionId);
        when(intents.takeToAdvice(ORG, INTENT, ANA)).thenReturn(decision);

        mvc.perform(post(PAGE + "/advice").with(signedIn(ORG, ANA)).with(csrf()))
                .andExpect(redirectedUrl("/decisions/" + decisionId))
                .andExpect(flash().attribute("notice", "intent.notice.takenToAdvice"));
    }

    @Test
    void anIntentThatAlreadyProceededCannotBeTakenToAdviceAndThePageSaysSo() throws Exception {
        when(intent.stepsOpenTo(eq(ANA), any())).thenReturn(Set.of());
        when(intents.takeToAdvice(ORG, INTENT, ANA))
                .thenThrow(new StateConflict("intent.notUndecided", "It is decided already."));

        mvc.perform(post(PAGE + "/advice").with(signedIn(ORG, ANA)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("intents/show"))
                .andExpect(model().attributeHasErrors("step"))
                .andExpect(content().string(containsString("id=\"author-heading\"")))
                .andExpect(content().string(not(containsString(PAGE + "/advice"))));
    }

    @Test
    void withdrawingSomeoneElsesIntentIsForbidden() throws Exception {
        when(intents.withdraw(ORG, INTENT, BEN)).thenThrow(new NotPermitted("Only the author withdraws an intent."));

        mvc.perform(post(PAGE + "/withdraw").with(signedIn(ORG, BEN)).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
