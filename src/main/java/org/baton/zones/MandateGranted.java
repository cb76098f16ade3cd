package org.baton.zones;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A decision area was granted to a holder: inside the mandate, the holder decides locally. */
public record MandateGranted(
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
