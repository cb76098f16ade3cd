package org.baton.intents;

import java.time.Instant;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.teams.Scope;

/** An intent changed; {@code recipients} are the people to tell, {@code principleIds} the principles in play (cited by an objection). */
public record IntentChanged(
        OrganizationId organizationId,
        IntentId intentId,
        IntentAction action,
        PersonId actorId,
        Instant at,
        String statement,
        String reason,
        String result,
        List<java.util.UUID> principleIds,
        Scope scope,
        String detail,
        List<PersonId> recipients) {}
