package org.baton.api.roles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.roles.LeadershipRecord;

/** A person's leadership record as JSON: ids, names and dates. */
record LeadershipResponse(
        PersonRef person,
        List<MissionLine> missionsLed,
        List<MissionLine> missionsJoined,
        List<RoleLine> rolesNow,
        List<RoleLine> rolesBefore,
        List<String> growthGoals,
        List<DecisionLine> decisionsMade,
        long decisionsMadeCount,
        List<PersonRef> steward,
        List<PersonRef> stewardOf,
        List<MentoringLine> mentors,
        List<MentoringLine> mentees,
        List<AgreementLine> autonomyAgreements) {

    record PersonRef(UUID id, String name) {
        static PersonRef of(LeadershipRecord.Someone someone) {
            return someone == null
                    ? null
                    : new PersonRef(someone.id() == null ? null : someone.id().value(), someone.name());
        }
    }

    record MissionLine(UUID id, String title, String status, LocalDate startsOn, LocalDate endsOn) {}

    record RoleLine(
            UUID roleId,
            String title,
            String type,
            UUID assignmentId,
            LocalDate from,
            LocalDate until,
            PersonRef grantedBy,
            UUID decisionId,
            boolean steppedBack,
            String stepBackNote) {}

    record DecisionLine(UUID id, String title, Instant decidedAt) {}

    record MentoringLine(PersonRef person, String knowledgeArea) {}

    record AgreementLine(UUID id, PersonRef with, String context, LocalDate reviewOn, boolean mismatch) {}

    static LeadershipResponse of(LeadershipRecord record) {
        return new LeadershipResponse(
                PersonRef.of(record.person()),
                record.missionsLed().stream().map(LeadershipResponse::mission).toList(),
                record.missionsJoined().stream()
                        .map(LeadershipResponse::mission)
                        .toList(),
                record.rolesNow().stream().map(LeadershipResponse::role).toList(),
                record.rolesBefore().stream().map(LeadershipResponse::role).toList(),
                record.growthGoals(),
                record.decisionsMade().stream()
                        .map(d -> new DecisionLine(d.id().value(), d.title(), d.decidedAt()))
                        .toList(),
                record.decisionsMadeCount(),
                record.steward().stream().map(PersonRef::of).toList(),
                record.stewardOf().stream().map(PersonRef::of).toList(),
                record.mentors().stream().map(LeadershipResponse::mentoring).toList(),
                record.mentees().stream().map(LeadershipResponse::mentoring).toList(),
                record.autonomyAgreements().stream()
                        .map(a -> new AgreementLine(
                                a.id(), PersonRef.of(a.with()), a.context(), a.reviewOn(), a.mismatch()))
                        .toList());
    }

    private static MissionLine mission(LeadershipRecord.MissionTaken m) {
        return new MissionLine(m.id().value(), m.title(), m.status().name(), m.startsOn(), m.endsOn());
    }

    private static RoleLine role(LeadershipRecord.RoleTaken r) {
        return new RoleLine(
                r.roleId().value(),
                r.title(),
                r.type().name(),
                r.assignmentId(),
                r.from(),
                r.until(),
                PersonRef.of(r.grantedBy()),
                r.decisionId() == null ? null : r.decisionId().value(),
                r.steppedBack(),
                r.stepBackNote());
    }

    private static MentoringLine mentoring(LeadershipRecord.Mentoring m) {
        return new MentoringLine(PersonRef.of(m.person()), m.knowledgeArea());
    }
}
