package org.baton.intents;

import static org.baton.shared.Rows.uuid;
import static org.baton.shared.Rows.uuidArray;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.baton.teams.Viewer;

/**
 * The visibility rule ({@link org.baton.teams.Audience}) as a condition on {@code intents} rows, so that
 * listings and their counts hold only what the viewer may see: open to the organization; kept to a team the
 * viewer is on; or declared by or naming the viewer.
 */
final class VisibleIntents {

    static final String SQL =
            """

            and (visibility = 'ORGANIZATION'
                or author_id = :viewer or cast(:viewer as uuid) = any(named_ids)
                or (visibility = 'TEAM' and (home_base_id = any(:viewerHomeBases) or mission_id = any(:viewerMissions))))""";

    private VisibleIntents() {}

    static Map<String, Object> params(Viewer viewer) {
        var params = new HashMap<String, Object>(); // the viewer is null for anyone: Map.of refuses nulls
        params.put("viewer", uuid(viewer.personId()));
        params.put("viewerHomeBases", uuidArray(List.copyOf(viewer.homeBaseIds())));
        params.put("viewerMissions", uuidArray(List.copyOf(viewer.missionIds())));
        return params;
    }
}
