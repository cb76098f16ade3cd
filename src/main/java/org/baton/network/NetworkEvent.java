package org.baton.network;

import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.DomainEvent;

/**
 * What happened in the leadership network. Every fact names who did it ({@code actor}, null when Baton did) and the
 * decision it was made under, if any (its provenance).
 */
public sealed interface NetworkEvent extends DomainEvent
        permits LeadershipTeamNamed,
                OpportunityVersionProposed,
                OpportunityStatementAdopted,
                UrgencyGroupJoined,
                UrgencyGroupLeft,
                UrgencyConversationLogged,
                CoalitionCallOpened,
                CoalitionCallClosed,
                CoalitionSelectionProposed,
                CoalitionFormed,
                InitiativeStarted,
                ThanksGiven {

    PersonId actor();

    /** The decision this was made under, or null. */
    default DecisionId decisionId() {
        return null;
    }
}
