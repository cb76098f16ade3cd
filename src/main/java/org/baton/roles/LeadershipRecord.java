package org.baton.roles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.missions.MissionId;
import org.baton.missions.MissionStatus;
import org.baton.people.PersonId;

/**
 * A person's leadership record (DOMAIN.md §12), as one viewer may read it: the missions they led and joined, the
 * roles they hold now and held before with who granted them under which decision, their growth goals and the
 * decisions they made (only those the viewer may see: a bounded recent list and how many there are in all). Their
 * stewardship and mentoring, both ways, and their autonomy agreements complete it.
 *
 * @param steward who stewards this person (at most one)
 * @param stewardOf the people this person stewards
 * @param decisionsMadeCount how many decisions the viewer may see that this person made, at most
 *     {@link LeadershipRecords#DECISIONS_COUNTED}
 */
public record LeadershipRecord(
        Someone person,
        List<MissionTaken> missionsLed,
        List<MissionTaken> missionsJoined,
        List<RoleTaken> rolesNow,
        List<RoleTaken> rolesBefore,
        List<String> growthGoals,
        List<DecisionTaken> decisionsMade,
        long decisionsMadeCount,
        List<Someone> steward,
        List<Someone> stewardOf,
        List<Mentoring> mentors,
        List<Mentoring> mentees,
        List<AgreementTaken> autonomyAgreements) {

    public LeadershipRecord {
        missionsLed = List.copyOf(missionsLed);
        missionsJoined = List.copyOf(missionsJoined);
        rolesNow = List.copyOf(rolesNow);
        rolesBefore = List.copyOf(rolesBefore);
        growthGoals = List.copyOf(growthGoals);
        decisionsMade = List.copyOf(decisionsMade);
        steward = List.copyOf(steward);
        stewardOf = List.copyOf(stewardOf);
        mentors = List.copyOf(mentors);
        mentees = List.copyOf(mentees);
        autonomyAgreements = List.copyOf(autonomyAgreements);
    }

    /** Whether the record holds anything of leadership yet, for a page that says so instead of empty sections. */
    public boolean empty() {
        return missionsLed.isEmpty()
                && missionsJoined.isEmpty()
                && rolesNow.isEmpty()
                && rolesBefore.isEmpty()
                && decisionsMade.isEmpty()
                && steward.isEmpty()
                && stewardOf.isEmpty()
                && mentors.isEmpty()
                && mentees.isEmpty()
                && autonomyAgreements.isEmpty();
    }

    /** A person, named. */
    public record Someone(PersonId id, String name) {}

    public record MissionTaken(
            MissionId id, String title, MissionStatus status, LocalDate startsOn, LocalDate endsOn) {}

    /**
     * One assignment to a role, with its provenance.
     *
     * @param until the first day it no longer holds (its step back, else its end), null while open-ended
     * @param grantedBy null when Baton carried the assignment over
     * @param decisionId the decision it was granted under, null when granted directly without citing one
     */
    public record RoleTaken(
            RoleId roleId,
            String title,
            RoleType type,
            UUID assignmentId,
            LocalDate from,
            LocalDate until,
            Someone grantedBy,
            DecisionId decisionId,
            boolean steppedBack,
            String stepBackNote) {}

    public record DecisionTaken(DecisionId id, String title, Instant decidedAt) {}

    /** A mentor or mentee, in the knowledge area the mentee chose them for. */
    public record Mentoring(Someone person, String knowledgeArea) {}

    /** An autonomy agreement this person is a side of: with whom, in which context, and whether it fits. */
    public record AgreementTaken(UUID id, Someone with, String context, LocalDate reviewOn, boolean mismatch) {}
}
