package org.baton.intents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.teams.Scope;

/** Someone raised a reasoned objection to an intent while its window ran, citing the principles it would harm. */
public record IntentObjectionRaised(
        OrganizationId organizationId,
        IntentId intentId,
        Instant at,
        PersonId objector,
        String statement,
        String reason,
        Scope scope,
        UUID objectionId,
        String harm,
        List<UUID> principleIds,
        PersonId author)
        implements IntentEvent {

    public IntentObjectionRaised {
        principleIds = List.copyOf(principleIds);
    }

    @Override
    public PersonId actor() {
        return objector;
    }
}
