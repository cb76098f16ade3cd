package org.baton.roles;

import java.time.Instant;
import org.baton.people.PersonId;

/** Someone's booking of a coaching slot, with the note they left for the coach (empty when they left none). */
public record CoachingBooking(PersonId bookerId, String note, Instant bookedAt) {}
