package org.baton.missions;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;

/**
 * Where a mission stands in its lifecycle, and whether it has a leader. One rule says which steps are open and
 * why a closed one is refused, so the mission's guards and the pages that offer its steps cannot drift apart.
 * The lessons, values and context a step brings are checked by the step itself.
 */
record MissionStanding(MissionStatus status, PersonId leaderId) {

    Set<MissionStep> stepsOpen() {
        var open = EnumSet.noneOf(MissionStep.class);
        for (var step : MissionStep.values()) {
            if (refusal(step) == null) {
                open.add(step);
            }
        }
        return open;
    }

    /** Refuses {@code step} unless it is open. */
    void require(MissionStep step) {
        var refusal = refusal(step);
        if (refusal != null) {
            throw refusal.get();
        }
    }

    /** Why {@code step} is closed; null when it is open. */
    private Supplier<RuleViolation> refusal(MissionStep step) {
        return switch (step) {
            case EDIT ->
                status.ended()
                        ? () -> new RuleViolation(
                                null, "mission.ended", "This mission has ended; its context is kept as it was.")
                        : null;
            case START_STAFFING -> from(MissionStatus.PROPOSED, MissionStatus.STAFFING);
            case ACTIVATE -> {
                if (status == MissionStatus.STAFFING && leaderId == null) {
                    yield () -> new RuleViolation(
                            "leaderId",
                            "mission.activate.leader",
                            "A mission needs a leader before it can become active.");
                }
                yield from(MissionStatus.STAFFING, MissionStatus.ACTIVE);
            }
            case CHECK_IN ->
                status == MissionStatus.ACTIVE
                        ? null
                        : () -> new RuleViolation(
                                null, "mission.checkIn.notActive", "Check-ins are recorded while a mission is active.");
            case COMPLETE -> from(MissionStatus.ACTIVE, MissionStatus.COMPLETED);
            // A failed mission teaches too: it may be abandoned at any point before it ended.
            case ABANDON -> status.ended() ? transitionRefused(MissionStatus.ABANDONED) : null;
            case CELEBRATE -> from(MissionStatus.COMPLETED, MissionStatus.CELEBRATED);
        };
    }

    private Supplier<RuleViolation> from(MissionStatus from, MissionStatus to) {
        return status == from ? null : transitionRefused(to);
    }

    private Supplier<RuleViolation> transitionRefused(MissionStatus to) {
        return () -> new RuleViolation(
                "status",
                "mission.transition",
                "A " + status.name().toLowerCase() + " mission cannot become "
                        + to.name().toLowerCase() + ".",
                status,
                to);
    }
}
