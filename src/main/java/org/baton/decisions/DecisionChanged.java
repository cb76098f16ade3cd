package org.baton.decisions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.teams.Scope;

/**
 * A decision changed. Carries what the decision log keeps (context, choice, result, principles in play) and
 * whom to tell ({@code recipients}, e.g. the people asked for advice).
 */
public record DecisionChanged(
        OrganizationId organizationId,
        DecisionId decisionId,
        DecisionAction action,
        PersonId actorId,
        Instant at,
        String title,
        String context,
        String choice,
        String result,
        List<UUID> principleIds,
        Scope scope,
        String detail,
        List<PersonId> recipients) {}
