package org.baton.intents;

import java.util.HashMap;
import java.util.Map;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Narrows a listing of intents; null parts do not narrow. {@code personId} is the author. */
public record IntentFilter(IntentStatus status, HomeBaseId homeBaseId, MissionId missionId, PersonId personId) {

    public static final IntentFilter ALL = new IntentFilter(null, null, null, null);

    static final String SQL =
            """
            organization_id = :org
            and (cast(:status as text) is null or status = :status)
            and (cast(:homeBase as uuid) is null or home_base_id = :homeBase)
            and (cast(:mission as uuid) is null or mission_id = :mission)
            and (cast(:person as uuid) is null or author_id = :person)""";

    Map<String, Object> params(OrganizationId org) {
        var params = new HashMap<String, Object>();
        params.put("org", org.value());
        params.put("status", status == null ? null : status.name());
        params.put("homeBase", homeBaseId == null ? null : homeBaseId.value());
        params.put("mission", missionId == null ? null : missionId.value());
        params.put("person", personId == null ? null : personId.value());
        return params;
    }
}
