package org.baton.roles;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A coach offers a session from {@code startsAt} until {@code endsAt}, free to book. */
public record CoachingSlotPublished(
        OrganizationId organizationId,
        CoachingSlotId slotId,
        Instant at,
        PersonId coachId,
        Instant startsAt,
        Instant endsAt,
        String topic)
        implements CoachingEvent {}
