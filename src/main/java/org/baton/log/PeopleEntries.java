package org.baton.log;

import java.util.List;
import org.baton.people.MentorChosen;
import org.baton.people.MentorshipEnded;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonEnrolled;
import org.baton.people.PersonEvent;
import org.baton.people.PersonId;
import org.baton.people.PersonProfileEdited;
import org.baton.people.ReportingLineChanged;
import org.baton.people.StewardChosen;
import org.baton.shared.OrganizationId;
import org.baton.teams.Scope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who guides whom becomes a log entry about the person, naming who made the change: a steward chosen, a mentor
 * chosen and a mentorship ended (with the knowledge area), and whom a person reports to. Inside the transaction
 * of the change, like the other entries. A person's enrolment and profile edits are not decisions: not logged.
 */
@Component
class PeopleEntries {

    private final DecisionLog log;
    private final People people;

    PeopleEntries(DecisionLog log, People people) {
        this.log = log;
        this.people = people;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonEvent event) {
        var org = event.organizationId();
        switch (event) {
            case StewardChosen e -> append(e, "PERSON_STEWARD_CHOSEN", "", nameOf(org, e.stewardId()));
            case MentorChosen e -> append(e, "PERSON_MENTOR_CHOSEN", e.knowledgeArea(), nameOf(org, e.mentorId()));
            case MentorshipEnded e ->
                append(e, "PERSON_MENTORSHIP_ENDED", e.knowledgeArea(), nameOf(org, e.mentorId()));
            case ReportingLineChanged e -> append(e, "PERSON_REPORTS_TO_CHANGED", "", nameOf(org, e.managerId()));
            case PersonEnrolled quiet -> {}
            case PersonProfileEdited quiet -> {}
        }
    }

    private void append(PersonEvent event, String action, String context, String choice) {
        log.append(
                event.organizationId(),
                event.actor(),
                "PERSON",
                event.personId().value(),
                action,
                event.at(),
                event.name(),
                context,
                choice,
                "",
                List.of(),
                Scope.ORGANIZATION,
                null);
    }

    private String nameOf(OrganizationId org, PersonId person) {
        return person == null ? "" : people.find(org, person).map(Person::name).orElse("");
    }
}
