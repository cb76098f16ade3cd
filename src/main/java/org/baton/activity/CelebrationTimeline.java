package org.baton.activity;

import org.baton.activity.Change.SubjectType;
import org.baton.missions.Mission;
import org.baton.missions.Missions;
import org.baton.network.ThanksGiven;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Thanks given on the celebrations wall, told under the mission's name and linking to the wall. What the thanks
 * say stays on the wall.
 */
@Component
class CelebrationTimeline {

    private final Activity activity;
    private final Missions missions;

    CelebrationTimeline(Activity activity, Missions missions) {
        this.activity = activity;
        this.missions = missions;
    }

    @ApplicationModuleListener
    void on(ThanksGiven e) {
        var title = missions.find(e.organizationId(), e.missionId())
                .map(Mission::title)
                .orElse("");
        activity.record(
                e,
                e.actor(),
                "thanksGiven",
                SubjectType.CELEBRATION,
                e.missionId().value(),
                title,
                "");
    }
}
