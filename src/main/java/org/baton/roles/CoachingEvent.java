package org.baton.roles;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.DomainEvent;

/**
 * What happens to a coach's session slot: published, withdrawn, booked, its booking cancelled. Each names the coach,
 * when the session starts and its topic, so that whoever is told needs nothing more.
 */
public sealed interface CoachingEvent extends DomainEvent
        permits CoachingSlotPublished, CoachingSlotWithdrawn, CoachingSessionBooked, CoachingBookingCancelled {

    CoachingSlotId slotId();

    PersonId coachId();

    Instant startsAt();

    String topic();
}
