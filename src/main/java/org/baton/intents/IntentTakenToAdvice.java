package org.baton.intents;

import java.time.Instant;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.teams.Scope;

/** The author took an objected intent into an advice process: {@code decisionId} is the decision raised for it. */
public record IntentTakenToAdvice(
        OrganizationId organizationId,
        IntentId intentId,
        Instant at,
        PersonId actor,
        String statement,
        String reason,
        Scope scope,
        DecisionId decisionId)
        implements IntentEvent {}
