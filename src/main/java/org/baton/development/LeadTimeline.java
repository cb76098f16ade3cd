package org.baton.development;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.missions.MissionLeaderChanged;
import org.baton.missions.MissionMoved;
import org.baton.missions.MissionStatus;
import org.baton.people.PersonId;

/**
 * How the missions' events change one mission's leads. The events arrive after they commit, in any order and
 * possibly more than once, so each one is placed where it happened rather than appended:
 * <ul>
 *   <li>a lead starts when the mission becomes active (with its leader then) or when an active mission gets a new
 *       leader; it lasts until the next lead of the mission starts, or the mission ends;
 *   <li>a start inside a lead of someone else ends that lead there; a start inside a lead of the same person, or
 *       at an instant where a lead already starts, changes nothing (a replay, or a leader "changed" to the person
 *       already leading);
 *   <li>no lead starts after the mission ended: a start after the last lead ended is dropped;
 *   <li>the end of an active mission closes only the lead going on then (started at or before it); when no lead is
 *       known yet, the leader at the end is kept as having led until then, and the start that arrives later moves
 *       that lead's start back.
 * </ul>
 * A leader change on a mission that was not active then (in the making, or ended) is no lead.
 */
final class LeadTimeline {

    private LeadTimeline() {}

    /** The mission's leads once {@code moved} is taken into account. */
    static List<MissionLead> after(List<MissionLead> leads, MissionMoved moved) {
        if (moved.to() == MissionStatus.ACTIVE && moved.leaderId() != null) {
            return started(leads, moved.missionId(), moved.leaderId(), moved.homeBaseId(), stored(moved.at()));
        }
        if (moved.to().ended() && moved.from() == MissionStatus.ACTIVE) {
            return ended(leads, moved.missionId(), moved.leaderId(), moved.homeBaseId(), stored(moved.at()));
        }
        return leads;
    }

    /** The mission's leads once {@code changed} is taken into account. */
    static List<MissionLead> after(List<MissionLead> leads, MissionLeaderChanged changed) {
        if (changed.status() == MissionStatus.ACTIVE && changed.leaderId() != null) {
            return started(leads, changed.missionId(), changed.leaderId(), changed.homeBaseId(), stored(changed.at()));
        }
        return leads;
    }

    private static List<MissionLead> started(
            List<MissionLead> leads, MissionId mission, PersonId leader, HomeBaseId homeBase, Instant at) {
        var sorted = sorted(leads);
        if (sorted.stream().anyMatch(l -> l.startedAt().equals(at))) {
            return leads;
        }
        var before = sorted.stream().filter(l -> l.startedAt().isBefore(at)).reduce((a, b) -> b);
        var next = sorted.stream().filter(l -> l.startedAt().isAfter(at)).findFirst();
        if (before.isPresent() && !before.get().covers(at)) {
            return leads;
        }
        if (before.isPresent() && before.get().personId().equals(leader)) {
            return leads;
        }
        var until = before.map(MissionLead::endedAt)
                .orElse(next.map(MissionLead::startedAt).orElse(null));
        before.ifPresent(b -> sorted.set(sorted.indexOf(b), b.endingAt(at)));
        if (next.isPresent()
                && next.get().personId().equals(leader)
                && Objects.equals(until, next.get().startedAt())) {
            sorted.set(sorted.indexOf(next.get()), next.get().startingAt(at));
        } else {
            sorted.add(new MissionLead(mission, leader, homeBase, at, until));
        }
        return sorted(sorted);
    }

    private static List<MissionLead> ended(
            List<MissionLead> leads, MissionId mission, PersonId leader, HomeBaseId homeBase, Instant at) {
        var sorted = sorted(leads);
        var last = sorted.stream().filter(l -> !l.startedAt().isAfter(at)).reduce((a, b) -> b);
        if (last.isPresent()) {
            if (last.get().endedAt() != null && !last.get().endedAt().isAfter(at)) {
                return leads;
            }
            sorted.set(sorted.indexOf(last.get()), last.get().endingAt(at));
            return sorted;
        }
        if (!sorted.isEmpty() || leader == null) {
            return leads;
        }
        return List.of(new MissionLead(mission, leader, homeBase, at, at));
    }

    /** An instant as the database keeps it (to the microsecond), so that a replay finds the lead it started. */
    private static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static List<MissionLead> sorted(List<MissionLead> leads) {
        var sorted = new ArrayList<>(leads);
        sorted.sort(Comparator.comparing(MissionLead::startedAt));
        return sorted;
    }
}
