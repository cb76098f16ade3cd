package org.baton.web.missions;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The missions chosen on the staff-a-quarter page, to be staffed together. */
public class QuarterForm {

    private List<UUID> missionIds = new ArrayList<>();

    public List<UUID> getMissionIds() {
        return missionIds;
    }

    public void setMissionIds(List<UUID> missionIds) {
        this.missionIds = missionIds;
    }
}
