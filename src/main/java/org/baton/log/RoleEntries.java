package org.baton.log;

import java.util.List;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.roles.RoleAssigned;
import org.baton.roles.RoleDefined;
import org.baton.roles.RoleEvent;
import org.baton.roles.RoleRevised;
import org.baton.roles.RoleSteppedBack;
import org.baton.teams.Scope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles defined and revised, people assigned to them and stepping back become log entries naming who did it and
 * under which decision, inside the transaction of the change. A chartered role (the governance body) is logged
 * in the governance body's words: its seats filled are told by its own module as appointments, and a member
 * stepping back from it is logged here as leaving the body, since nothing else tells it.
 */
@Component
class RoleEntries {

    private final DecisionLog log;
    private final People people;

    RoleEntries(DecisionLog log, People people) {
        this.log = log;
        this.people = people;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RoleEvent event) {
        if (event.chartered()) {
            if (event instanceof RoleSteppedBack e) {
                leftGoverningBody(e);
            }
            return;
        }
        String step;
        String context;
        String choice;
        switch (event) {
            case RoleDefined e -> {
                step = "DEFINED";
                context = e.type().name();
                choice = e.seats() + "";
            }
            case RoleRevised e -> {
                step = "REVISED";
                context = e.type().name();
                choice = e.seats() + "";
            }
            case RoleAssigned e -> {
                step = "ASSIGNED";
                context = e.from() + " – " + (e.until() == null ? "" : e.until());
                choice = nameOf(e, e.holder());
            }
            case RoleSteppedBack e -> {
                step = "STEPPED_BACK";
                context = e.note();
                choice = nameOf(e, e.holder()) + " · " + e.on();
            }
        }
        log.append(
                event.organizationId(),
                event.actor(),
                "ROLE",
                event.roleId().value(),
                "ROLE_" + step,
                event.at(),
                event.title(),
                context,
                choice,
                "",
                List.of(),
                Scope.ORGANIZATION,
                event.decisionId() == null ? null : event.decisionId().value());
    }

    private void leftGoverningBody(RoleSteppedBack e) {
        log.append(
                e.organizationId(),
                e.actor(),
                "GOVERNANCE",
                e.assignmentId(),
                "GOVERNANCE_MEMBER_STEPPED_BACK",
                e.at(),
                nameOf(e, e.holder()),
                e.note(),
                e.on() + "",
                "",
                List.of(),
                Scope.ORGANIZATION,
                e.decisionId() == null ? null : e.decisionId().value());
    }

    private String nameOf(RoleEvent event, PersonId person) {
        return people.find(event.organizationId(), person).map(Person::name).orElse("");
    }
}
