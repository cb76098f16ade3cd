package org.baton.roles;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;

/**
 * Which slots to list: of one coach or booked by one person (either may be null), those still running at or after
 * {@code from} (now when not given) and starting before {@code to} (open-ended when null), only the free ones if
 * asked (free ones that have started cannot be booked, so they are left out).
 */
public record CoachingSlotFilter(PersonId coachId, PersonId bookerId, Instant from, Instant to, boolean freeOnly) {

    public CoachingSlotFilter {
        if (from != null && to != null && !to.isAfter(from)) {
            throw new RuleViolation(
                    "to", "coaching.filter.order", "The end of the time asked for comes after its start.");
        }
    }

    /** The upcoming slots, of everyone. */
    public static CoachingSlotFilter upcoming() {
        return new CoachingSlotFilter(null, null, null, null, false);
    }

    public CoachingSlotFilter ofCoach(PersonId coach) {
        return new CoachingSlotFilter(coach, bookerId, from, to, freeOnly);
    }

    public CoachingSlotFilter bookedBy(PersonId booker) {
        return new CoachingSlotFilter(coachId, booker, from, to, freeOnly);
    }

    public CoachingSlotFilter free() {
        return new CoachingSlotFilter(coachId, bookerId, from, to, true);
    }
}
