package org.baton.zones;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A decision area was defined, in its first zone. */
public record AreaDefined(
        OrganizationId organizationId,
        Instant at,
        PersonId actor,
        String actorName,
        AreaId areaId,
        String area,
        Zone zone,
        UUID decisionId)
        implements ZoneEvent {}
