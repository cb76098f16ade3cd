package org.baton.activity;

import org.baton.activity.Change.SubjectType;
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
import org.baton.people.MentorChosen;
import org.baton.people.MentorshipEnded;
import org.baton.people.People;
import org.baton.people.PersonEnrolled;
import org.baton.people.PersonEvent;
import org.baton.people.PersonId;
import org.baton.people.PersonProfileEdited;
import org.baton.people.ReportingLineChanged;
import org.baton.people.StewardChosen;
import org.baton.shared.OrganizationId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The organization's structure as it changes: people joining, home bases founded, given a new context and handed
 * to a new leader, missions proposed, given a new context, moved along their lifecycle, checked in on and handed
 * to a new leader; a mission celebrated is told as a celebration, linking to the celebrations wall. Comings and
 * goings of members stay on the pages of the team.
 */
@Component
class StructureTimeline {

    private final Activity activity;
    private final People people;

    StructureTimeline(Activity activity, People people) {
        this.activity = activity;
        this.people = people;
    }

    @ApplicationModuleListener
    void on(PersonEvent event) {
        switch (event) {
            case PersonEnrolled e ->
                activity.record(
                        e,
                        e.actor(),
                        "personEnrolled",
                        SubjectType.PERSON,
                        e.personId().value(),
                        e.name(),
                        "");
            case PersonProfileEdited quiet -> {}
            case StewardChosen quiet -> {}
            case MentorChosen quiet -> {}
            case MentorshipEnded quiet -> {}
            case ReportingLineChanged quiet -> {}
        }
    }

    @ApplicationModuleListener
    void on(HomeBaseEvent event) {
        var subject = event.homeBaseId().value();
        switch (event) {
            case HomeBaseFounded e ->
                activity.record(e, e.actor(), "homeBaseFounded", SubjectType.HOME_BASE, subject, e.name(), "");
            case HomeBaseLeaderChanged e ->
                activity.record(
                        e,
                        e.actor(),
                        "homeBaseLeaderChanged",
                        SubjectType.HOME_BASE,
                        subject,
                        e.name(),
                        nameOf(e.organizationId(), e.leaderId()));
            case HomeBaseContextChanged e ->
                activity.record(e, e.actor(), "homeBaseContextChanged", SubjectType.HOME_BASE, subject, e.name(), "");
            case HomeBaseMemberJoined quiet -> {}
            case HomeBaseMemberLeft quiet -> {}
        }
    }

    @ApplicationModuleListener
    void on(MissionEvent event) {
        var subject = event.missionId().value();
        switch (event) {
            case MissionProposed e ->
                activity.record(e, e.actor(), "missionProposed", SubjectType.MISSION, subject, e.title(), "");
            case MissionMoved e
            when e.to() == MissionStatus.CELEBRATED ->
                activity.record(e, e.actor(), "missionCelebrated", SubjectType.CELEBRATION, subject, e.title(), "");
            case MissionMoved e ->
                activity.record(e, e.actor(), "missionMoved", SubjectType.MISSION, subject, e.title(), e.to().name());
            case CheckInRecorded e ->
                activity.record(
                        e,
                        e.actor(),
                        "checkInRecorded",
                        SubjectType.MISSION,
                        subject,
                        e.title(),
                        e.value().stripTrailingZeros().toPlainString()
                                + (e.unit().isBlank() ? "" : " " + e.unit()));
            case MissionLeaderChanged e ->
                activity.record(
                        e,
                        e.actor(),
                        "missionLeaderChanged",
                        SubjectType.MISSION,
                        subject,
                        e.title(),
                        nameOf(e.organizationId(), e.leaderId()));
            case MissionContextChanged e ->
                activity.record(e, e.actor(), "missionContextChanged", SubjectType.MISSION, subject, e.title(), "");
            case MissionMemberJoined quiet -> {}
            case MissionMemberLeft quiet -> {}
            case MissionAuthorityChanged quiet -> {}
            case MissionLessonsCaptured quiet -> {}
        }
    }

    private String nameOf(OrganizationId org, PersonId person) {
        return person == null
                ? ""
                : people.find(org, person).map(found -> found.name()).orElse("");
    }
}
