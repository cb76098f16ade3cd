package org.baton.web.intents;

import static org.baton.web.support.PageSliceConfiguration.signedIn;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.Decision;
import org.baton.decisions.DecisionId;
import org.baton.intents.Intent;
import org.baton.intents.IntentId;
import org.baton.intents.IntentStatus;
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

/** What happens to Ana's open intent when Ben objects or Ana takes it to advice, with the intents facade mocked. */
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

    @BeforeEach
    void anOpenIntentAnaDeclared() {
        var intent = mock(Intent.class);
        when(intent.id()).thenReturn(INTENT);
        when(intent.statement()).thenReturn("Move the weekly demo to Thursdays");
        when(intent.status()).thenReturn(IntentStatus.OPEN);
        when(intent.authorId()).thenReturn(ANA);
        when(intent.scope()).thenReturn(Scope.ORGANIZATION);
        when(intent.deadline()).thenReturn(Instant.now().plusSeconds(86_400));
        when(intents.get(ORG, INTENT)).thenReturn(intent);
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
        when(intents.takeToAdvice(ORG, INTENT, ANA))
                .thenThrow(new StateConflict("intent.notUndecided", "It is decided already."));

        mvc.perform(post(PAGE + "/advice").with(signedIn(ORG, ANA)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("intents/show"))
                .andExpect(model().attributeHasErrors("step"));
    }

    @Test
    void withdrawingSomeoneElsesIntentIsForbidden() throws Exception {
        when(intents.withdraw(ORG, INTENT, BEN)).thenThrow(new NotPermitted("Only the author withdraws an intent."));

        mvc.perform(post(PAGE + "/withdraw").with(signedIn(ORG, BEN)).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
