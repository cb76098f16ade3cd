package org.baton.intents;

import java.time.Instant;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.teams.Scope;

/**
 * The author amended an intent: {@code statement} is the new one, {@code earlierStatement} the one it
 * replaces. The amendment addresses the objections raised so far ({@code addressedObjectors} raised them),
 * restarts the window until {@code objectionDeadline}, and is shown again to the people of its scope
 * ({@code informed}).
 */
public record IntentAmended(
        OrganizationId organizationId,
        IntentId intentId,
        Instant at,
        PersonId actor,
        String statement,
        String reason,
        Scope scope,
        String earlierStatement,
        Instant objectionDeadline,
        List<PersonId> addressedObjectors,
        List<PersonId> informed)
        implements IntentEvent {

    public IntentAmended {
        addressedObjectors = List.copyOf(addressedObjectors);
        informed = List.copyOf(informed);
    }
}
