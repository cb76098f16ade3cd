package org.baton.web.coaching;

import java.util.Set;
import org.baton.roles.CoachingSlot;
import org.baton.roles.CoachingStep;

/**
 * A slot as the page lists it for the viewer: the coach's and booker's names, the booking's note when the viewer may
 * read it (else null), and the steps the slot says are open to the viewer.
 */
public record CoachingSlotRow(
        CoachingSlot slot, String coachName, String bookerName, String note, Set<CoachingStep> steps) {

    public boolean can(String step) {
        return steps.contains(CoachingStep.valueOf(step));
    }

    public String id() {
        return slot.id().value().toString();
    }
}
