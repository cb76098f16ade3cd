package org.baton.decisions;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Someone consented to a proposal or voiced a concern about it in its consent round. */
public record ReactionGiven(
        OrganizationId organizationId,
        DecisionId decisionId,
        Instant at,
        PersonId actor,
        DecisionSubject subject,
        Reaction.Kind kind,
        String comment)
        implements DecisionEvent {

    static ReactionGiven of(Decision d, Reaction r) {
        return new ReactionGiven(
                d.organizationId(), d.id(), r.reactedAt(), r.personId(), d.subject(), r.kind(), r.comment());
    }
}
