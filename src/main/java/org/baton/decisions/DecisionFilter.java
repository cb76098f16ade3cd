package org.baton.decisions;

import java.util.HashMap;
import java.util.Map;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * Narrows a listing of decisions; null parts do not narrow. {@code personId} matches proposer or decider;
 * {@code flag} keeps the decisions flagged for it (e.g. the governance body's list of uncited principles).
 */
public record DecisionFilter(
        DecisionStatus status, HomeBaseId homeBaseId, MissionId missionId, PersonId personId, DecisionFlag flag) {

    public static final DecisionFilter ALL = new DecisionFilter(null, null, null, null, null);

    static final String SQL =
            """
            organization_id = :org
            and (cast(:status as text) is null or status = :status)
            and (cast(:homeBase as uuid) is null or home_base_id = :homeBase)
            and (cast(:mission as uuid) is null or mission_id = :mission)
            and (cast(:person as uuid) is null or proposer_id = :person or decider_id = :person)
            and (cast(:flag as text) is null or flags @> array[cast(:flag as text)])""";

    Map<String, Object> params(OrganizationId org) {
        var params = new HashMap<String, Object>();
        params.put("org", org.value());
        params.put("status", status == null ? null : status.name());
        params.put("homeBase", homeBaseId == null ? null : homeBaseId.value());
        params.put("mission", missionId == null ? null : missionId.value());
        params.put("person", personId == null ? null : personId.value());
        params.put("flag", flag == null ? null : flag.name());
        return params;
    }
}
