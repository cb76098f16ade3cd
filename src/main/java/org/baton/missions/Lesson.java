package org.baton.missions;

import java.time.Instant;

/** One lesson a mission left in its home base's memory. */
public record Lesson(
        MissionId missionId, String missionTitle, MissionStatus missionStatus, String lesson, Instant capturedAt) {}
