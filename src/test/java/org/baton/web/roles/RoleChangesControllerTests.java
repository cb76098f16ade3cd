package org.baton.web.roles;

import static org.baton.web.roles.RolePageFixtures.TODAY;
import static org.baton.web.roles.RolePageFixtures.aRole;
import static org.baton.web.support.PageSliceConfiguration.signedIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.roles.Nomination;
import org.baton.roles.Nominations;
import org.baton.roles.Role;
import org.baton.roles.RoleChange;
import org.baton.roles.RoleChangeProposal;
import org.baton.roles.RoleChanges;
import org.baton.roles.Roles;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.web.support.Directory;
import org.baton.web.support.PageSliceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The page where anyone proposes to hand over, split or fill a role, or nominates someone for it, with the
 * facades mocked: what was proposed and nominated, and the domain's refusals shown on the form they concern.
 */
@WebMvcTest(RoleChangesController.class)
@Import(PageSliceConfiguration.class)
class RoleChangesControllerTests {

    static final OrganizationId ORG = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final PersonId ANA = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final PersonId BEN = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));
    static final PersonId NOOR = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    static final DecisionId HAND_OVER = new DecisionId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Roles roles;

    @MockitoBean
    RoleChanges changes;

    @MockitoBean
    Nominations nominations;

    @MockitoBean
    Directory directory;

    Role role;
    String page;

    @BeforeEach
    void anaHoldsLeadMarketingAndBenAndNoorAreColleagues() {
        when(roles.today()).thenReturn(TODAY);
        var colleagues = List.of(
                RolesControllerTests.person(ANA, "Ana Lima"),
                RolesControllerTests.person(BEN, "Ben Okafor"),
                RolesControllerTests.person(NOOR, "Noor Haddad"));
        when(directory.everyone(ORG)).thenReturn(colleagues);
        role = aRole("Lead Marketing")
                .withSeats(2)
                .heldBy(ANA, TODAY.minusDays(60), null, BEN, null)
                .build();
        when(roles.get(ORG, role.id())).thenReturn(role);
        page = "/roles/" + role.id() + "/changes";
    }

    @Test
    void thePageShowsTheRoleItsProposalsWithTheirDecisionAndItsNominationsWithTheirReasons() throws Exception {
        var proposal = handOverToNoor();
        when(changes.proposals(ORG, role.id())).thenReturn(List.of(proposal));
        var roleId = role.id();
        var nomination = new Nomination(
                UUID.randomUUID(),
                ORG,
                roleId,
                NOOR,
                BEN,
                "Has run three campaigns",
                Instant.parse("2026-11-20T10:00:00Z"),
                true);
        when(nominations.of(ORG, roleId)).thenReturn(List.of(nomination));

        mvc.perform(get(page).with(signedIn(ORG, BEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Held by Ana Lima")))
                .andExpect(content().string(containsString("1 seat open")))
                .andExpect(content().string(containsString("Hand-over")))
                .andExpect(content().string(containsString("Awaiting consent")))
                .andExpect(content().string(containsString("href=\"/decisions/" + HAND_OVER.value() + "\"")))
                .andExpect(content().string(containsString("Hand &#39;Lead Marketing&#39; over to Noor Haddad")))
                .andExpect(content().string(containsString("nominated by Ben Okafor")))
                .andExpect(content().string(containsString("Has run three campaigns")))
                .andExpect(content().string(containsString("split-form")));
    }

    @Test
    void theChartedRoleOfTheGovernanceBodyOffersNoSplit() throws Exception {
        when(role.charter()).thenReturn("Keeps the principles");

        mvc.perform(get(page).with(signedIn(ORG, BEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("handover-form")))
                .andExpect(content().string(not(containsString("split-form"))));
    }

    @Test
    void aNominationWithoutAReasonIsRefusedNextToTheReason() throws Exception {
        when(nominations.nominate(ORG, BEN, role.id(), NOOR, ""))
                .thenThrow(new RuleViolation(
                        "reason", "role.nomination.reason", "Say why this person should hold the role."));

        mvc.perform(post(page + "/nominations")
                        .param("nomineeId", NOOR.value().toString())
                        .param("nominationReason", "")
                        .with(signedIn(ORG, BEN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"nominationReason-error\"")))
                .andExpect(content().string(containsString("Say why this person should hold the role.")));
    }

    @Test
    void aHandOverRedirectsToTheConsentDecisionItRaised() throws Exception {
        var proposal = handOverToNoor();
        when(changes.handOver(ORG, BEN, role.id(), NOOR, ANA, "Noor knows the channels best"))
                .thenReturn(proposal);

        mvc.perform(post(page + "/handover")
                        .param("toPersonId", NOOR.value().toString())
                        .param("fromPersonId", ANA.value().toString())
                        .param("handoverReason", "Noor knows the channels best")
                        .with(signedIn(ORG, BEN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/decisions/" + HAND_OVER.value()))
                .andExpect(flash().attribute("notice", "role.change.proposed"));
        verify(changes).handOver(ORG, BEN, role.id(), NOOR, ANA, "Noor knows the channels best");
    }

    @Test
    void aSplitNobodyCouldConsentToIsRefusedAtTheTopOfItsForm() throws Exception {
        var id = role.id();
        when(changes.split(eq(ORG), eq(BEN), eq(id), eq(List.of("Lead Online", "Lead Events")), any()))
                .thenThrow(new StateConflict(
                        "role.circle.empty",
                        "Nobody but you could consent to this change: it needs people with a stake in the role."));

        mvc.perform(post(page + "/split")
                        .param("titles", "Lead Online\n\nLead Events\n")
                        .with(signedIn(ORG, BEN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nobody but you could consent to this change")))
                .andExpect(content().string(containsString("Lead Online")));
    }

    private RoleChangeProposal handOverToNoor() {
        var proposal = mock(RoleChangeProposal.class);
        when(proposal.id()).thenReturn(UUID.randomUUID());
        var roleId = role.id();
        when(proposal.roleId()).thenReturn(roleId);
        when(proposal.decisionId()).thenReturn(HAND_OVER);
        var change = RoleChange.handover(NOOR, ANA, "Noor knows the channels best");
        when(proposal.change()).thenReturn(change);
        when(proposal.subject()).thenReturn("Hand 'Lead Marketing' over to Noor Haddad");
        when(proposal.status()).thenReturn(RoleChangeProposal.Status.PENDING);
        when(proposal.proposedBy()).thenReturn(BEN);
        when(proposal.proposedAt()).thenReturn(Instant.parse("2026-11-25T10:00:00Z"));
        return proposal;
    }
}
