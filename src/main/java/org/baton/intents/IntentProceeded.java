package org.baton.intents;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.teams.Scope;

/**
 * An intent's objection window ended without an open objection, so its author goes ahead. Baton takes this
 * step ({@code actor} is null) at the deadline ({@code at}).
 */
public record IntentProceeded(
        OrganizationId organizationId,
        IntentId intentId,
        Instant at,
        PersonId actor,
        String statement,
        String reason,
        Scope scope,
        PersonId author)
        implements IntentEvent {}
