package org.baton.roles;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Someone books a coach's session. The booking's note stays with the slot: only the coach and the booker read it. */
public record CoachingSessionBooked(
        OrganizationId organizationId,
        CoachingSlotId slotId,
        Instant at,
        PersonId coachId,
        Instant startsAt,
        String topic,
        PersonId bookerId)
        implements CoachingEvent {}
