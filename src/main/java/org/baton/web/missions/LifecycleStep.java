package org.baton.web.missions;

import java.util.List;
import org.baton.missions.MissionStatus;

/**
 * One step of the path a mission takes (proposed, staffing, active, completed, celebrated), marked done,
 * current or still to come. An abandoned mission left the path: the steps it reached stay done.
 */
public record LifecycleStep(MissionStatus status, String state) {

    private static final List<MissionStatus> PATH = List.of(
            MissionStatus.PROPOSED,
            MissionStatus.STAFFING,
            MissionStatus.ACTIVE,
            MissionStatus.COMPLETED,
            MissionStatus.CELEBRATED);

    static List<LifecycleStep> of(MissionStatus current) {
        int reached = PATH.indexOf(current);
        return PATH.stream()
                .map(step -> {
                    int index = PATH.indexOf(step);
                    String state = index == reached ? "current" : index < reached ? "done" : "todo";
                    return new LifecycleStep(step, state);
                })
                .toList();
    }
}
