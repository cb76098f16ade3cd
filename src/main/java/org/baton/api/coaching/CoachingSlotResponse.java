package org.baton.api.coaching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.roles.CoachingSlot;
import org.baton.roles.CoachingStep;

/**
 * A coaching slot as the caller sees it: who booked it shows to everyone, the booking's {@code note} only to the coach
 * and the booker (null for anyone else); {@code steps} are what the caller may do with it now.
 */
record CoachingSlotResponse(
        UUID id,
        UUID coachId,
        Instant startsAt,
        Instant endsAt,
        String topic,
        String place,
        boolean free,
        Booking booking,
        List<CoachingStep> steps) {

    record Booking(UUID bookerId, String note, Instant bookedAt) {}

    static CoachingSlotResponse of(CoachingSlot slot, PersonId viewer, Instant now) {
        return new CoachingSlotResponse(
                slot.id().value(),
                slot.coachId().value(),
                slot.startsAt(),
                slot.endsAt(),
                slot.topic(),
                slot.place(),
                slot.free(),
                slot.booking()
                        .map(b -> new Booking(
                                b.bookerId().value(), slot.noteFor(viewer).orElse(null), b.bookedAt()))
                        .orElse(null),
                slot.stepsOpenTo(viewer, now).stream().sorted().toList());
    }
}
