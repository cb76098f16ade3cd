package org.baton.development;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;

/**
 * One stretch of one person leading one mission: from the instant it became active with them as leader (or they
 * took it over while it was active) to the instant the leader changed or the mission ended ({@code endedAt} null
 * while it lasts). The pipeline reads leads by day: {@link #startedOn()} and {@link #endedOn()} are those instants'
 * days in UTC.
 */
public record MissionLead(
        MissionId missionId, PersonId personId, HomeBaseId homeBaseId, Instant startedAt, Instant endedAt) {

    /** The day, in UTC, the lead started. */
    public LocalDate startedOn() {
        return LocalDate.ofInstant(startedAt, ZoneOffset.UTC);
    }

    /** The day, in UTC, the lead ended; null while it lasts. */
    public LocalDate endedOn() {
        return endedAt == null ? null : LocalDate.ofInstant(endedAt, ZoneOffset.UTC);
    }

    /** Whether the lead is going on at {@code at}: started at or before it and not ended by then. */
    boolean covers(Instant at) {
        return !startedAt.isAfter(at) && (endedAt == null || endedAt.isAfter(at));
    }

    MissionLead endingAt(Instant at) {
        return new MissionLead(missionId, personId, homeBaseId, startedAt, at);
    }

    MissionLead startingAt(Instant at) {
        return new MissionLead(missionId, personId, homeBaseId, at, endedAt);
    }
}
