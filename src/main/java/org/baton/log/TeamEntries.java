package org.baton.log;

import java.util.List;
import java.util.stream.Collectors;
import org.baton.homebases.HomeBaseContextChanged;
import org.baton.homebases.HomeBaseEvent;
import org.baton.homebases.HomeBaseFounded;
import org.baton.homebases.HomeBaseLeaderChanged;
import org.baton.homebases.HomeBaseMemberJoined;
import org.baton.homebases.HomeBaseMemberLeft;
import org.baton.missions.CheckInRecorded;
import org.baton.missions.MissionAuthorityChanged;
import org.baton.missions.MissionContextChanged;
import org.baton.missions.MissionEvent;
import org.baton.missions.MissionLeaderChanged;
import org.baton.missions.MissionLessonsCaptured;
import org.baton.missions.MissionMemberJoined;
import org.baton.missions.MissionMemberLeft;
import org.baton.missions.MissionMoved;
import org.baton.missions.MissionProposed;
import org.baton.missions.MissionStatus;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.teams.Scope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a mission or a home base becomes a log entry naming who made it (DOMAIN.md §13: a mission's
 * transitions and a home base's context are changed directly, and logged), inside the transaction that makes
 * the change, like decision entries: the hash chain has to hold exactly the changes made.
 */
@Component
class TeamEntries {

    private final DecisionLog log;
    private final People people;

    TeamEntries(DecisionLog log, People people) {
        this.log = log;
        this.people = people;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MissionEvent e) {
        var entry = entryFor(e);
        log.append(
                e.organizationId(),
                e.actor(),
                "MISSION",
                e.missionId().value(),
                "MISSION_" + entry.action(),
                e.at(),
                e.title(),
                entry.detail(),
                "",
                "",
                List.of(),
                new Scope(null, e.missionId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(HomeBaseEvent e) {
        var entry = entryFor(e);
        log.append(
                e.organizationId(),
                e.actor(),
                "HOME_BASE",
                e.homeBaseId().value(),
                "HOME_BASE_" + entry.action(),
                e.at(),
                e.name(),
                entry.detail(),
                "",
                "",
                List.of(),
                new Scope(e.homeBaseId(), null));
    }

    /** The step (the action's name after its subject type) and what it changed, in words the log keeps. */
    private record Entry(String action, String detail) {}

    private Entry entryFor(MissionEvent event) {
        var org = event.organizationId();
        return switch (event) {
            case MissionProposed e -> new Entry("PROPOSED", "");
            case MissionContextChanged e -> new Entry("CONTEXT_CHANGED", parts(e.changed()));
            case MissionLeaderChanged e -> new Entry("LEADER_CHANGED", nameOf(org, e.leaderId()));
            case MissionMemberJoined e -> new Entry("MEMBER_JOINED", nameOf(org, e.memberId()));
            case MissionMemberLeft e -> new Entry("MEMBER_LEFT", nameOf(org, e.memberId()));
            case MissionAuthorityChanged e -> new Entry("AUTHORITY_CHANGED", String.join("\n", e.authority()));
            case MissionMoved e -> new Entry(movedTo(e.to()), "");
            case CheckInRecorded e ->
                new Entry(
                        "CHECK_IN_RECORDED",
                        (e.value().stripTrailingZeros().toPlainString() + " " + e.unit()).strip() + " ("
                                + e.confidence() + "%)" + (e.note().isBlank() ? "" : "\n\n" + e.note()));
            case MissionLessonsCaptured e -> new Entry("LESSONS_CAPTURED", String.join("\n", e.lessons()));
        };
    }

    private Entry entryFor(HomeBaseEvent event) {
        var org = event.organizationId();
        return switch (event) {
            case HomeBaseFounded e -> new Entry("FOUNDED", e.purpose());
            case HomeBaseContextChanged e -> new Entry("CONTEXT_CHANGED", parts(e.changed()));
            case HomeBaseLeaderChanged e -> new Entry("LEADER_CHANGED", nameOf(org, e.leaderId()));
            case HomeBaseMemberJoined e -> new Entry("MEMBER_JOINED", nameOf(org, e.memberId()));
            case HomeBaseMemberLeft e -> new Entry("MEMBER_LEFT", nameOf(org, e.memberId()));
        };
    }

    /** The lifecycle step a move took, named as its action: e.g. MISSION_COMPLETED. */
    static String movedTo(MissionStatus to) {
        return switch (to) {
            case PROPOSED -> "PROPOSED";
            case STAFFING -> "STAFFING_STARTED";
            case ACTIVE -> "ACTIVATED";
            case COMPLETED -> "COMPLETED";
            case ABANDONED -> "ABANDONED";
            case CELEBRATED -> "CELEBRATED";
        };
    }

    private static String parts(List<? extends Enum<?>> changed) {
        return changed.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private String nameOf(OrganizationId org, PersonId person) {
        return person == null ? "" : people.find(org, person).map(p -> p.name()).orElse("");
    }
}
