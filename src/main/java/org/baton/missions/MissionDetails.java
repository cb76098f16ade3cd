package org.baton.missions;

import java.time.LocalDate;
import java.util.List;
import org.baton.homebases.HomeBaseId;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/** A mission's context as given when it is proposed or edited. */
public record MissionDetails(
        String title,
        HomeBaseId homeBaseId,
        PersonId leaderId,
        List<PersonId> memberIds,
        Outcome outcome,
        List<String> successCriteria,
        LocalDate startsOn,
        LocalDate endsOn,
        List<String> constraints,
        List<String> authority,
        MissionNeeds needs) {

    public MissionDetails {
        needs = needs == null ? MissionNeeds.NONE : needs;
        title = title == null ? null : title.strip();
        memberIds =
                memberIds == null ? List.of() : memberIds.stream().distinct().toList();
        successCriteria = lines(successCriteria);
        constraints = lines(constraints);
        authority = lines(authority).stream().distinct().toList();
    }

    /**
     * Refuses a context a mission cannot have: no title, a title or a line longer than {@link TextLimits} allows, no
     * outcome, an inverted timebox.
     */
    void requireComplete() {
        if (title == null || title.isBlank()) {
            throw new RuleViolation("title", "mission.title.required", "A mission needs a title.");
        }
        if (title.length() > TextLimits.TITLE) {
            throw new RuleViolation(
                    "title",
                    "mission.title.long",
                    "A mission title may have at most " + TextLimits.TITLE + " characters.",
                    TextLimits.TITLE);
        }
        TextLimits.requireEach("successCriteria", successCriteria, TextLimits.LINE);
        TextLimits.requireEach("constraints", constraints, TextLimits.LINE);
        TextLimits.requireEach("authority", authority, TextLimits.LINE);
        if (outcome == null) {
            throw new RuleViolation("outcome", "mission.outcome.required", "A mission needs an outcome with a metric.");
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new RuleViolation("endsOn", "mission.timebox.order", "The mission cannot end before it starts.");
        }
        needs.requireValid();
    }

    /** The same context, staffed by {@code leader} and {@code members}. */
    public MissionDetails staffedBy(PersonId leader, List<PersonId> members) {
        return new MissionDetails(
                title,
                homeBaseId,
                leader,
                members,
                outcome,
                successCriteria,
                startsOn,
                endsOn,
                constraints,
                authority,
                needs);
    }

    /** The same context, timeboxed from {@code startsOn} to {@code endsOn}. */
    MissionDetails timeboxed(LocalDate startsOn, LocalDate endsOn) {
        return new MissionDetails(
                title,
                homeBaseId,
                leaderId,
                memberIds,
                outcome,
                successCriteria,
                startsOn,
                endsOn,
                constraints,
                authority,
                needs);
    }

    MissionDetails withMembers(List<PersonId> members) {
        return staffedBy(leaderId, members);
    }

    /** Lessons a mission closes with: lines, each no longer than {@link TextLimits#LINE}. */
    static List<String> lessons(List<String> lessons) {
        return TextLimits.requireEach("lessons", lines(lessons), TextLimits.LINE);
    }

    static List<String> lines(List<String> lines) {
        return lines == null
                ? List.of()
                : lines.stream()
                        .filter(l -> l != null && !l.isBlank())
                        .map(String::strip)
                        .toList();
    }
}
