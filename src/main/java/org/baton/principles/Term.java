package org.baton.principles;

import java.time.LocalDate;
import java.util.UUID;
import org.baton.people.PersonId;

/**
 * A seat on the principles governance body for a term; bodies rotate as terms end. A seat filled by selection
 * without an end ({@code endsOn} null) runs until its holder steps back.
 */
public record Term(UUID id, PersonId personId, LocalDate startsOn, LocalDate endsOn) {

    /** Terms ending within this many days are shown as ending soon, so successors are found in time. */
    public static final int ENDING_SOON_DAYS = 30;

    public boolean currentOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || day.isBefore(endsOn));
    }

    public boolean endsSoonAfter(LocalDate day) {
        return currentOn(day) && endsOn != null && endsOn.isBefore(day.plusDays(ENDING_SOON_DAYS + 1));
    }
}
