package org.baton.roles;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A coach takes back a session nobody had booked. */
public record CoachingSlotWithdrawn(
        OrganizationId organizationId,
        CoachingSlotId slotId,
        Instant at,
        PersonId coachId,
        Instant startsAt,
        String topic)
        implements CoachingEvent {}
