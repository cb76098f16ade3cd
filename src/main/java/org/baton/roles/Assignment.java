package org.baton.roles;

import java.time.LocalDate;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;

/**
 * One person holding a role from a day until a day (exclusive; null while open-ended), with its provenance: who
 * granted it ({@code grantedBy}, null when Baton carried it over) and under which decision. Stepping back ends it
 * early and keeps it as history.
 */
public record Assignment(
        UUID id,
        RoleId roleId,
        PersonId personId,
        LocalDate from,
        LocalDate until,
        PersonId grantedBy,
        DecisionId decisionId,
        java.time.Instant grantedAt,
        LocalDate steppedBackOn,
        PersonId steppedBackBy,
        String stepBackNote) {

    /** Assignments whose end is this close are shown as ending soon, so a successor is found in time. */
    public static final int ENDING_SOON_DAYS = 30;

    /** The first day it no longer holds: the step back, else its until, else never (null). */
    public LocalDate endsOn() {
        if (steppedBackOn != null) {
            return until == null || steppedBackOn.isBefore(until) ? steppedBackOn : until;
        }
        return until;
    }

    public boolean currentOn(LocalDate day) {
        var end = endsOn();
        return !day.isBefore(from) && (end == null || day.isBefore(end));
    }

    /** Held on that day or on a later one. */
    public boolean heldOnOrAfter(LocalDate day) {
        var end = endsOn();
        return end == null || day.isBefore(end);
    }

    public boolean endsSoonAfter(LocalDate day) {
        var end = endsOn();
        return currentOn(day) && end != null && end.isBefore(day.plusDays(ENDING_SOON_DAYS + 1));
    }

    /** Overlaps the days from {@code start} until {@code end} (exclusive; null for open-ended). */
    boolean overlaps(LocalDate start, LocalDate end) {
        var mine = endsOn();
        return (end == null || from.isBefore(end)) && (mine == null || start.isBefore(mine));
    }

    Assignment steppedBack(LocalDate on, PersonId by, String note) {
        return new Assignment(id, roleId, personId, from, until, grantedBy, decisionId, grantedAt, on, by, note);
    }
}
