package org.baton.decisions;

import org.baton.people.PersonId;
import org.baton.shared.DomainEvent;
import org.baton.teams.Scope;

/**
 * A step of a decision, named in the past tense. Each carries who took it ({@link #actor()}, null when Baton
 * itself acts: the fallback of a consent round and the review reminder), what the decision is about, and the
 * step's own facts, so that a consumer needs nothing else. Who hears of a step is not decided here but by the
 * consumers (the decision log, the inbox, the principles).
 */
public sealed interface DecisionEvent extends DomainEvent
        permits DecisionRaised,
                AdviceRequested,
                AdviceGiven,
                ReactionGiven,
                ObjectionRaised,
                ObjectionWithdrawn,
                ObjectionIntegrated,
                ProposalAmended,
                ConsultationAnswered,
                ConsentFellBack,
                DecisionContested,
                ContestAnswered,
                DecisionMade,
                ResultRecorded,
                ReviewDue {

    DecisionId decisionId();

    /** The person who took the step; null when Baton took it. */
    PersonId actor();

    DecisionSubject subject();

    default Scope scope() {
        return subject().scope();
    }
}
