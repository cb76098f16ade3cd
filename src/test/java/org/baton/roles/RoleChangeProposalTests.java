package org.baton.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.roles.TestRoles.MIA;
import static org.baton.roles.TestRoles.NOOR;
import static org.baton.roles.TestRoles.NOW;
import static org.baton.roles.TestRoles.OLA;
import static org.baton.roles.TestRoles.ORG;
import static org.baton.roles.TestRoles.TODAY;
import static org.baton.roles.TestRoles.aRole;

import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.junit.jupiter.api.Test;

class RoleChangeProposalTests {

    private static RoleChangeProposal proposed(Role role, RoleChange change) {
        RoleChangeProposal.requireApplicable(role, change, TODAY);
        return RoleChangeProposal.propose(
                ORG, role, change, "subject", new DecisionId(UUID.randomUUID()), OLA, TODAY, NOW);
    }

    /** Someone else takes a seat of the role after the change was proposed. */
    private static void seatedMeanwhile(Role role, PersonId person) {
        role.assign(person, TODAY, null, RoleOrigin.adopted(MIA, new DecisionId(UUID.randomUUID())), NOW);
    }

    @Test
    void aHandOverSaysToWhomItHandsTheRole() {
        var lead = aRole().heldBy(MIA).build();

        assertThat(RoleChangeProposal.subject(lead, RoleChange.handover(NOOR, null, "Knows it better"), "Noor"))
                .isEqualTo("Hand 'Lead Marketing' over to Noor");
    }

    @Test
    void refusesAHandOverThatGivesNoReason() {
        assertThatThrownBy(() -> RoleChange.handover(NOOR, null, "  "))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.code()).isEqualTo("role.handover.reason");
                });
    }

    @Test
    void refusesAReasonLongerThanTheLimit() {
        assertThatThrownBy(() -> RoleChange.handover(NOOR, null, "x".repeat(2001)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void refusesHandingTheRoleToSomeoneWhoHoldsItAlready() {
        var lead = aRole().seats(2).heldBy(MIA).heldBy(NOOR).build();

        assertThatThrownBy(() -> proposed(lead, RoleChange.handover(NOOR, MIA, "Swap")))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("role.handover.holds"));
    }

    @Test
    void refusesHandingTheRoleOverFromSomeoneWhoDoesNotHoldIt() {
        var lead = aRole().heldBy(MIA).build();

        assertThatThrownBy(() -> proposed(lead, RoleChange.handover(NOOR, OLA, "Better fit")))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("fromPersonId"));
    }

    @Test
    void refusesAHandOverOfARoleOfSeveralHoldersThatNamesNoneOfThem() {
        var lead = aRole().seats(3).heldBy(MIA).heldBy(OLA).build();

        assertThatThrownBy(() -> proposed(lead, RoleChange.handover(NOOR, null, "One lead is enough")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("fromPersonId");
                    assertThat(e.code()).isEqualTo("role.handover.fromRequired");
                });
    }

    @Test
    void aHandOverThatNamesNoHolderStepsBackTheSoleHolder() {
        var lead = aRole().seats(3)
                .heldBy(MIA)
                .heldBy(NOOR, TODAY.minusYears(3), TODAY.minusYears(2))
                .build();

        var proposal = proposed(lead, RoleChange.handover(NOOR, null, "Noor knows it better now"));

        assertThat(proposal.steppingBack(lead, TODAY))
                .extracting(Assignment::personId)
                .containsExactly(MIA);
    }

    @Test
    void aHandOverStepsBackOnlyTheHolderItNamedWhenProposedThoughOthersJoinedSince() {
        var lead = aRole().seats(3).heldBy(MIA).build();
        var proposal = proposed(lead, RoleChange.handover(NOOR, null, "Noor knows it better now"));

        seatedMeanwhile(lead, OLA);

        assertThat(proposal.steppingBack(lead, TODAY))
                .extracting(Assignment::personId)
                .containsExactly(MIA);
    }

    @Test
    void aHandOverIsStillApplicableWhenItsDecisionIsMadeIfNothingChanged() {
        var lead = aRole().heldBy(MIA).build();
        var proposal = proposed(lead, RoleChange.handover(NOOR, null, "Noor knows it better now"));

        proposal.requireApplicableWhenMade(lead, List.of(), TODAY);

        assertThat(proposal.status()).isEqualTo(RoleChangeProposal.Status.PENDING);
    }

    @Test
    void aHandOverCannotBeMadeOnceTheNewcomerHoldsTheRole() {
        var lead = aRole().seats(2).heldBy(MIA).build();
        var proposal = proposed(lead, RoleChange.handover(NOOR, MIA, "Noor knows it better now"));

        seatedMeanwhile(lead, NOOR);

        assertThatThrownBy(() -> proposal.requireApplicableWhenMade(lead, List.of(), TODAY))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("role.assignment.twice"));
    }

    @Test
    void aSelectionCannotBeMadeOnceItsSeatWasFilledMeanwhile() {
        var lead = aRole().seats(2).heldBy(MIA).build();
        var proposal = proposed(lead, RoleChange.selection(NOOR, ""));

        seatedMeanwhile(lead, OLA);

        assertThatThrownBy(() -> proposal.requireApplicableWhenMade(lead, List.of(), TODAY))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("role.seats.full"));
    }

    @Test
    void aSplitCannotBeMadeOnceASubRolesTitleWasTakenSince() {
        var lead = aRole().heldBy(MIA).build();
        var proposal = proposed(lead, RoleChange.split(List.of("Lead Online Marketing", "Lead Brand Marketing"), ""));

        assertThatThrownBy(() -> proposal.requireApplicableWhenMade(lead, List.of("Lead Online Marketing"), TODAY))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("role.split.taken"));
    }

    @Test
    void aFailedChangeSaysWhyAndIsNeverMadeAfterwards() {
        var proposal = proposed(aRole().seats(2).heldBy(MIA).build(), RoleChange.selection(NOOR, ""));

        proposal.failed("role.seats.full");

        assertThat(proposal.status()).isEqualTo(RoleChangeProposal.Status.FAILED);
        assertThat(proposal.failure()).isEqualTo("role.seats.full");
        assertThatThrownBy(proposal::made).isInstanceOf(StateConflict.class);
    }

    @Test
    void aTeamRolesSubRolesKeepTheTeamsScope() {
        var team = new RoleScope(RoleScope.Type.HOME_BASE, UUID.randomUUID(), null);

        assertThat(RoleChanges.subRoleScope(team, "Lead Online Marketing")).isEqualTo(team);
        assertThat(RoleChanges.subRoleScope(RoleScope.ORGANIZATION, "Strategy faculty"))
                .isEqualTo(RoleScope.ORGANIZATION);
    }

    @Test
    void aKnowledgeAreaRolesSubRolesEachHoldTheAreaTheirTitleNames() {
        assertThat(RoleChanges.subRoleScope(RoleScope.knowledgeArea("Marketing"), "Lead Online Marketing"))
                .isEqualTo(RoleScope.knowledgeArea("Online Marketing"));
    }

    @Test
    void aHandOverFromOneOfSeveralHoldersStepsBackOnlyThatHolder() {
        var lead = aRole().seats(2).heldBy(MIA).heldBy(OLA).build();

        var proposal = proposed(lead, RoleChange.handover(NOOR, OLA, "Ola moves to sales"));

        assertThat(proposal.steppingBack(lead, TODAY))
                .extracting(Assignment::personId)
                .containsExactly(OLA);
    }

    @Test
    void aSplitStepsBackNobody() {
        var lead = aRole().heldBy(MIA).build();

        var proposal = proposed(lead, RoleChange.split(List.of("Lead Online Marketing", "Lead Brand Marketing"), ""));

        assertThat(proposal.steppingBack(lead, TODAY)).isEmpty();
    }

    @Test
    void aSplitNamesItsSubRoles() {
        var lead = aRole().build();

        assertThat(RoleChangeProposal.subject(
                        lead, RoleChange.split(List.of("Lead Online Marketing", "Lead Brand Marketing"), ""), ""))
                .isEqualTo("Split 'Lead Marketing' into 'Lead Online Marketing' and 'Lead Brand Marketing'");
    }

    @Test
    void aSubRoleHoldsTheAreaItsTitleNamesWithoutLead() {
        assertThat(RoleChange.areaOf("Lead Online Marketing")).isEqualTo("Online Marketing");
        assertThat(RoleChange.areaOf("lead brand marketing")).isEqualTo("brand marketing");
        assertThat(RoleChange.areaOf("Leadership coaching")).isEqualTo("Leadership coaching");
    }

    @Test
    void refusesASplitIntoFewerThanTwoOrMoreThanTenSubRoles() {
        assertThatThrownBy(() -> RoleChange.split(List.of("Lead Online Marketing"), ""))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("role.split.count"));
        assertThatThrownBy(() -> RoleChange.split(Collections.nCopies(11, "Lead X"), ""))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("role.split.count"));
    }

    @Test
    void refusesTwoSubRolesWithOneTitle() {
        assertThatThrownBy(() -> RoleChange.split(List.of("Lead Online", "lead online "), ""))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("role.split.duplicate"));
    }

    @Test
    void refusesASubRoleWithoutATitle() {
        assertThatThrownBy(() -> RoleChange.split(List.of("Lead Online", " "), ""))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("titles"));
    }

    @Test
    void refusesToSplitTheRoleBatonReliesOn() {
        var body = aRole().governanceBody().heldBy(MIA).build();

        assertThatThrownBy(() -> proposed(body, RoleChange.split(List.of("Lead A", "Lead B"), "")))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("role.split.chartered"));
    }

    @Test
    void refusesToSelectSomeoneForARoleWhoseEverySeatIsTaken() {
        var lead = aRole().heldBy(MIA).build();

        assertThatThrownBy(() -> proposed(lead, RoleChange.selection(NOOR, "")))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("role.seats.full"));
    }

    @Test
    void refusesToSelectSomeoneWhoHoldsTheRoleAlready() {
        var lead = aRole().seats(2).heldBy(MIA).build();

        assertThatThrownBy(() -> proposed(lead, RoleChange.selection(MIA, "")))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("role.assignment.twice"));
    }

    @Test
    void selectsForAVacantSeat() {
        var lead = aRole().seats(2).heldBy(MIA).build();

        var proposal = proposed(lead, RoleChange.selection(NOOR, ""));

        assertThat(proposal.status()).isEqualTo(RoleChangeProposal.Status.PENDING);
        assertThat(RoleChangeProposal.subject(lead, proposal.change(), "Noor"))
                .isEqualTo("Select Noor for 'Lead Marketing'");
    }

    @Test
    void isMadeOnce() {
        var proposal = proposed(aRole().heldBy(MIA).build(), RoleChange.handover(NOOR, null, "Better fit"));

        proposal.made();

        assertThat(proposal.status()).isEqualTo(RoleChangeProposal.Status.MADE);
        assertThatThrownBy(proposal::made).isInstanceOf(StateConflict.class);
    }

    @Test
    void aNominationSaysWhy() {
        assertThatThrownBy(() -> Nomination.of(ORG, RoleId.random(), NOOR, OLA, " ", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.code()).isEqualTo("role.nomination.reason");
                });
        assertThat(Nomination.of(ORG, RoleId.random(), NOOR, OLA, " Runs our campaigns ", NOW)
                        .reason())
                .isEqualTo("Runs our campaigns");
    }
}
