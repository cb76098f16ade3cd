package org.baton.roles;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** The booker or the coach cancels a booking ({@code cancelledBy} says which); the slot is free again. */
public record CoachingBookingCancelled(
        OrganizationId organizationId,
        CoachingSlotId slotId,
        Instant at,
        PersonId coachId,
        Instant startsAt,
        String topic,
        PersonId bookerId,
        PersonId cancelledBy)
        implements CoachingEvent {

    /** Who did not cancel, and so is told of it: the coach when the booker cancelled, else the booker. */
    public PersonId otherParty() {
        return cancelledBy.equals(bookerId) ? coachId : bookerId;
    }
}
