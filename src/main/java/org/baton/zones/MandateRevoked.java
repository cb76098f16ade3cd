package org.baton.zones;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A mandate was revoked: the area's zone applies to its former holder again. */
public record MandateRevoked(
        OrganizationId organizationId,
        Instant at,
        PersonId actor,
        String actorName,
        UUID mandateId,
        AreaId areaId,
        String area,
        MandateHolder holder,
        UUID decisionId)
        implements ZoneEvent {}
