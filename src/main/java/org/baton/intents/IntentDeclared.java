package org.baton.intents;

import java.time.Instant;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.teams.Scope;
import org.baton.zones.AreaId;
import org.baton.zones.Zone;

/**
 * Someone declared an intent. {@code informed} are the people the declaration reaches (the people of its
 * scope and whoever its area's route names), as the declarer was shown before declaring; area and zone are
 * null when the intent names no decision area.
 */
public record IntentDeclared(
        OrganizationId organizationId,
        IntentId intentId,
        Instant at,
        PersonId actor,
        String statement,
        String reason,
        Scope scope,
        AreaId areaId,
        Zone zone,
        Instant objectionDeadline,
        List<PersonId> informed)
        implements IntentEvent {

    public IntentDeclared {
        informed = List.copyOf(informed);
    }
}
