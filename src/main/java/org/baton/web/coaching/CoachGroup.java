package org.baton.web.coaching;

import java.util.List;

/** The free slots of one coach, soonest first. */
public record CoachGroup(String coachId, String coachName, List<CoachingSlotRow> slots) {}
