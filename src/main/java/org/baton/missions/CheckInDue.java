package org.baton.missions;

import java.time.LocalDate;

/** An active mission's next check-in, as it shows in the calendar of its leader and members. */
public record CheckInDue(MissionId missionId, String title, LocalDate on) {}
