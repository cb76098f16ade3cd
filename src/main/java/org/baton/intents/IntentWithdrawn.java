package org.baton.intents;

import java.time.Instant;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.teams.Scope;

/** The author withdrew an intent; {@code objectors} are everyone who had objected to it. */
public record IntentWithdrawn(
        OrganizationId organizationId,
        IntentId intentId,
        Instant at,
        PersonId actor,
        String statement,
        String reason,
        Scope scope,
        List<PersonId> objectors)
        implements IntentEvent {

    public IntentWithdrawn {
        objectors = List.copyOf(objectors);
    }
}
