package org.baton.teams;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;

/**
 * A person looking at decisions, intents or the log, with the teams they belong to (as leader or member):
 * what listings need to show only what {@link Audience} lets them see, in SQL, a page at a time.
 */
public record Viewer(PersonId personId, Set<HomeBaseId> homeBaseIds, Set<MissionId> missionIds) {

    /** Anyone in the organization, on no team and named nowhere: sees what is open to the whole organization. */
    public static final Viewer ANYONE = new Viewer(null, Set.of(), Set.of());

    public Viewer {
        homeBaseIds = Set.copyOf(homeBaseIds);
        missionIds = Set.copyOf(missionIds);
    }

    /** Whether they are on the team of {@code scope}: its home base's or its mission's people. */
    public boolean belongsTo(Scope scope) {
        return (scope.homeBaseId() != null && homeBaseIds.contains(scope.homeBaseId()))
                || (scope.missionId() != null && missionIds.contains(scope.missionId()));
    }

    /**
     * The named parameters the visibility conditions in SQL use: {@code :viewer} (null for anyone),
     * {@code :viewerHomeBases} and {@code :viewerMissions} (uuid arrays).
     */
    public Map<String, Object> asParameters() {
        var params = new HashMap<String, Object>(); // Map.of refuses the null viewer
        params.put("viewer", personId == null ? null : personId.value());
        params.put(
                "viewerHomeBases", homeBaseIds.stream().map(HomeBaseId::value).toArray(UUID[]::new));
        params.put("viewerMissions", missionIds.stream().map(MissionId::value).toArray(UUID[]::new));
        return params;
    }
}
