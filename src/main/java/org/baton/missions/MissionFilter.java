package org.baton.missions;

import org.baton.homebases.HomeBaseId;
import org.baton.people.PersonId;

/** Narrows a listing of missions; null parts do not narrow. {@code personId} matches leader or member. */
public record MissionFilter(HomeBaseId homeBaseId, MissionStatus status, PersonId personId) {

    public static final MissionFilter ALL = new MissionFilter(null, null, null);
}
