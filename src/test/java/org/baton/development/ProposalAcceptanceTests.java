package org.baton.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class ProposalAcceptanceTests {

    static final Pick ANA = new Pick(PersonId.random(), List.of());
    static final Pick BEN = new Pick(PersonId.random(), List.of());

    static StaffingProposal proposal(Pick leader, List<Pick> members) {
        return new StaffingProposal(
                MissionId.random(), 1, leader, members, List.of(), "0hard/0medium/0soft", Instant.EPOCH, List.of());
    }

    @Test
    void acceptsAProposalWithALeaderAndMembers() {
        assertThat(ProposalAcceptance.refusal(proposal(ANA, List.of(BEN)))).isEmpty();
    }

    @Test
    void acceptsAProposalWithALeaderAlone() {
        assertThat(ProposalAcceptance.refusal(proposal(ANA, List.of()))).isEmpty();
    }

    @Test
    void refusesAProposalThatNamesNobodyToLead() {
        assertThatThrownBy(() -> ProposalAcceptance.require(proposal(null, List.of(BEN))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("staffing.proposal.noLeader"));
    }

    @Test
    void refusesAProposalThatPutsNobodyOnTheMission() {
        assertThatThrownBy(() -> ProposalAcceptance.require(proposal(null, List.of())))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("staffing.proposal.empty"));
    }
}
