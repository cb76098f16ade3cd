package org.baton.zones;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A decision area moved from one zone to another. */
public record ZoneChanged(
        OrganizationId organizationId,
        Instant at,
        PersonId actor,
        String actorName,
        AreaId areaId,
        String area,
        Zone from,
        Zone to,
        UUID decisionId)
        implements ZoneEvent {}
