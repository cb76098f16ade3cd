package org.baton.intents;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.teams.Scope;

/** The author recorded what came of an intent that went ahead. */
public record IntentResultRecorded(
        OrganizationId organizationId,
        IntentId intentId,
        Instant at,
        PersonId actor,
        String statement,
        String reason,
        Scope scope,
        String result)
        implements IntentEvent {}
