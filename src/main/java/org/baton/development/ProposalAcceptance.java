package org.baton.development;

import java.util.Optional;
import org.baton.shared.RuleViolation;

/**
 * Which staffing proposals can be accepted: one that puts somebody on the mission and names its leader. Accepting
 * one without a leader would keep the old leader beside the new members (perhaps as a member too), and one with
 * nobody would take everyone off the mission.
 */
public final class ProposalAcceptance {

    private ProposalAcceptance() {}

    /** Why the proposal cannot be accepted, as a refusal; empty when it can. */
    public static Optional<RuleViolation> refusal(StaffingProposal proposal) {
        if (proposal.leader() == null && proposal.members().isEmpty()) {
            return Optional.of(new RuleViolation(
                    null,
                    "staffing.proposal.empty",
                    "This proposal puts nobody on the mission: there is nothing to accept."));
        }
        if (proposal.leader() == null) {
            return Optional.of(new RuleViolation(
                    null,
                    "staffing.proposal.noLeader",
                    "This proposal names nobody to lead the mission: it cannot be accepted as it is."));
        }
        return Optional.empty();
    }

    /** Refuses (422) a proposal that puts nobody on the mission, or names nobody to lead it. */
    static void require(StaffingProposal proposal) {
        var refusal = refusal(proposal);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }
}
