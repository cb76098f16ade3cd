package org.baton.people;

import java.time.Instant;
import java.util.Locale;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.shared.TextLimits;

/**
 * A mentor chosen by a mentee for one knowledge area (DOMAIN.md §3). Ended mentorships stay, with their end.
 * Only the mentee chooses; the mentee or the mentor ends it.
 */
public record Mentorship(
        MentorshipId id,
        PersonId menteeId,
        PersonId mentorId,
        String knowledgeArea,
        Instant startedAt,
        Instant endedAt) {

    static Mentorship begin(PersonId menteeId, PersonId mentorId, String knowledgeArea, Instant now) {
        if (mentorId == null) {
            throw new RuleViolation("mentorId", "mentor.required", "Choose a mentor.");
        }
        if (mentorId.equals(menteeId)) {
            throw new RuleViolation("mentorId", "mentor.self", "Nobody mentors themselves.");
        }
        if (knowledgeArea == null || knowledgeArea.isBlank()) {
            throw new RuleViolation(
                    "knowledgeArea", "mentor.knowledgeArea.required", "Name the knowledge area of the mentoring.");
        }
        var area = TextLimits.require("knowledgeArea", knowledgeArea.strip(), TextLimits.NAME);
        return new Mentorship(MentorshipId.random(), menteeId, mentorId, area, now, null);
    }

    /** Only the mentee chooses their mentors. */
    static void requireChosenBy(PersonId menteeId, PersonId by) {
        if (!menteeId.equals(by)) {
            throw new NotPermitted("Only the mentee chooses their mentors.");
        }
    }

    public boolean open() {
        return endedAt == null;
    }

    /** Whether this open mentorship is with the same mentor in the same area (areas compared ignoring case). */
    boolean sameAs(Mentorship other) {
        return open()
                && mentorId.equals(other.mentorId)
                && knowledgeArea.toLowerCase(Locale.ROOT).equals(other.knowledgeArea.toLowerCase(Locale.ROOT));
    }

    /** The mentee and the mentor may end an open mentorship. */
    public boolean endableBy(PersonId person) {
        return open() && (menteeId.equals(person) || mentorId.equals(person));
    }

    Mentorship end(PersonId by, Instant now) {
        if (!menteeId.equals(by) && !mentorId.equals(by)) {
            throw new NotPermitted("Only the mentee or the mentor ends a mentorship.");
        }
        if (!open()) {
            throw new StateConflict("mentorship.ended", "This mentorship has already ended.");
        }
        return new Mentorship(id, menteeId, mentorId, knowledgeArea, startedAt, now);
    }
}
