package org.baton.web.zones;

import java.util.UUID;

/** The question "am I allowed to?": which area, and optionally from which home base or mission. */
public class AllowedForm {

    private UUID areaId;

    private UUID homeBaseId;

    private UUID missionId;

    public UUID getAreaId() {
        return areaId;
    }

    public void setAreaId(UUID areaId) {
        this.areaId = areaId;
    }

    public UUID getHomeBaseId() {
        return homeBaseId;
    }

    public void setHomeBaseId(UUID homeBaseId) {
        this.homeBaseId = homeBaseId;
    }

    public UUID getMissionId() {
        return missionId;
    }

    public void setMissionId(UUID missionId) {
        this.missionId = missionId;
    }
}
