package org.baton.development;

import java.time.LocalDate;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;

/**
 * One stretch of one person leading one mission: from the day it became active with them as leader (or they took
 * it over while it was active) to the day the leader changed or the mission ended ({@code endedOn} null while it
 * lasts).
 */
public record MissionLead(
        MissionId missionId, PersonId personId, HomeBaseId homeBaseId, LocalDate startedOn, LocalDate endedOn) {}
