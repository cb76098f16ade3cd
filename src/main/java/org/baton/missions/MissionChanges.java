package org.baton.missions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.baton.missions.MissionContextChanged.Part;
import org.baton.people.PersonId;

/**
 * The facts a new description of a mission states, compared with the one it replaces: who joined or left,
 * a new leader, new authority, and which parts of the rest of its context changed. Nothing, when nothing did.
 */
final class MissionChanges {

    private MissionChanges() {}

    static List<MissionEvent> between(Mission mission, MissionDetails before, PersonId by, Instant now) {
        var after = mission.details();
        var org = mission.organizationId();
        var id = mission.id();
        var title = after.title();
        var facts = new ArrayList<MissionEvent>();
        var parts = changedParts(before, after);
        if (!parts.isEmpty()) {
            facts.add(new MissionContextChanged(org, id, now, by, title, parts));
        }
        if (!Objects.equals(before.leaderId(), after.leaderId())) {
            facts.add(new MissionLeaderChanged(
                    org,
                    id,
                    now,
                    by,
                    title,
                    before.leaderId(),
                    after.leaderId(),
                    mission.status(),
                    after.homeBaseId()));
        }
        after.memberIds().stream()
                .filter(p -> !before.memberIds().contains(p))
                .forEach(p -> facts.add(new MissionMemberJoined(org, id, now, by, title, p)));
        before.memberIds().stream()
                .filter(p -> !after.memberIds().contains(p))
                .forEach(p -> facts.add(new MissionMemberLeft(org, id, now, by, title, p)));
        if (!before.authority().equals(after.authority())) {
            facts.add(new MissionAuthorityChanged(org, id, now, by, title, after.authority()));
        }
        return facts;
    }

    private static List<Part> changedParts(MissionDetails before, MissionDetails after) {
        var parts = new ArrayList<Part>();
        if (!Objects.equals(before.title(), after.title())) {
            parts.add(Part.TITLE);
        }
        if (!Objects.equals(before.homeBaseId(), after.homeBaseId())) {
            parts.add(Part.HOME_BASE);
        }
        if (!sameOutcome(before.outcome(), after.outcome())) {
            parts.add(Part.OUTCOME);
        }
        if (!before.successCriteria().equals(after.successCriteria())) {
            parts.add(Part.SUCCESS_CRITERIA);
        }
        if (!Objects.equals(before.startsOn(), after.startsOn()) || !Objects.equals(before.endsOn(), after.endsOn())) {
            parts.add(Part.TIMEBOX);
        }
        if (!before.constraints().equals(after.constraints())) {
            parts.add(Part.CONSTRAINTS);
        }
        if (!before.needs().equals(after.needs())) {
            parts.add(Part.NEEDS);
        }
        return parts;
    }

    /** Numbers compare by value: 10 and 10.00 are the same target. */
    private static boolean sameOutcome(Outcome a, Outcome b) {
        return a.metric().equals(b.metric())
                && a.unit().equals(b.unit())
                && a.baseline().compareTo(b.baseline()) == 0
                && a.target().compareTo(b.target()) == 0;
    }
}
