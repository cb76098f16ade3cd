package org.baton.web.roles;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.decisions.DecisionId;
import org.baton.decisions.Decisions;
import org.baton.homebases.HomeBaseId;
import org.baton.homebases.HomeBases;
import org.baton.missions.MissionId;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.roles.Assignment;
import org.baton.roles.Role;
import org.baton.roles.RoleDomains;
import org.baton.roles.RoleScope;
import org.baton.roles.Roles;
import org.springframework.stereotype.Component;

/** Builds the role page for one viewer. */
@Component
class RolePages {

    private final Roles roles;
    private final RolesMap map;
    private final People people;
    private final HomeBases homeBases;
    private final Missions missions;
    private final Decisions decisions;
    private final RoleDomains domains;

    RolePages(
            Roles roles,
            RolesMap map,
            People people,
            HomeBases homeBases,
            Missions missions,
            Decisions decisions,
            RoleDomains domains) {
        this.roles = roles;
        this.map = map;
        this.people = people;
        this.homeBases = homeBases;
        this.missions = missions;
        this.decisions = decisions;
        this.domains = domains;
    }

    RolePage of(Caller viewer, Role role) {
        var org = viewer.organizationId();
        var today = roles.today();
        boolean mayManage = roles.mayManage(org, viewer.personId(), viewer.admin(), role);
        var endable = roles.stepBackOpenTo(org, viewer.personId(), viewer.admin(), role);
        var assignments = role.assignments();
        var names = names(viewer, role, assignments);
        var decisionTitles = new HashMap<DecisionId, String>();
        assignments.stream()
                .map(Assignment::decisionId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id ->
                        decisions.find(org, id, viewer.personId()).ifPresent(d -> decisionTitles.put(id, d.title())));
        var parent = role.definition().parentId() == null
                ? null
                : roles.find(org, role.definition().parentId()).orElse(null);
        return new RolePage(
                role,
                area(viewer, role.scope(), names),
                parent,
                map.subRolesOf(org, role.id()),
                domains.of(org, role.id()),
                role.vacanciesOn(today),
                role.currentOn(today).stream()
                        .map(a -> tenure(a, endable, names, decisionTitles, today))
                        .toList(),
                assignments.stream()
                        .filter(a -> a.from().isAfter(today) && a.heldOnOrAfter(today))
                        .map(a -> tenure(a, endable, names, decisionTitles, today))
                        .toList(),
                assignments.stream()
                        .filter(a -> !a.heldOnOrAfter(today))
                        .map(a -> tenure(a, endable, names, decisionTitles, today))
                        .toList(),
                mayManage);
    }

    /** Who may end an assignment is the roles module's answer ({@code Roles.stepBackOpenTo}, as {@code endable}). */
    private Tenure tenure(
            Assignment a,
            Set<UUID> endable,
            Map<PersonId, Person> names,
            Map<DecisionId, String> decisionTitles,
            LocalDate today) {
        return new Tenure(
                a.id(),
                a.personId().value(),
                nameOf(names, a.personId()),
                a.from(),
                a.endsOn(),
                a.grantedBy() == null ? null : a.grantedBy().value(),
                a.grantedBy() == null ? null : nameOf(names, a.grantedBy()),
                a.decisionId() == null ? null : a.decisionId().value(),
                a.decisionId() == null ? null : decisionTitles.get(a.decisionId()),
                a.endsSoonAfter(today),
                endable.contains(a.id()),
                a.steppedBackOn(),
                a.steppedBackBy() == null ? null : nameOf(names, a.steppedBackBy()),
                a.stepBackNote());
    }

    private Map<PersonId, Person> names(Caller viewer, Role role, List<Assignment> assignments) {
        var ids = new HashSet<PersonId>();
        assignments.forEach(a -> {
            ids.add(a.personId());
            if (a.grantedBy() != null) {
                ids.add(a.grantedBy());
            }
            if (a.steppedBackBy() != null) {
                ids.add(a.steppedBackBy());
            }
        });
        if (role.scope().type() == RoleScope.Type.PERSON) {
            ids.add(new PersonId(role.scope().id()));
        }
        return people.byId(viewer.organizationId(), ids);
    }

    private RoleArea area(Caller viewer, RoleScope scope, Map<PersonId, Person> names) {
        var org = viewer.organizationId();
        return switch (scope.type()) {
            case ORGANIZATION -> new RoleArea(scope.type(), null, null, List.of());
            case KNOWLEDGE_AREA -> new RoleArea(scope.type(), scope.knowledgeArea(), null, List.of());
            case HOME_BASE ->
                new RoleArea(
                        scope.type(),
                        homeBases
                                .find(org, new HomeBaseId(scope.id()))
                                .map(h -> h.name())
                                .orElse(""),
                        "/home-bases/" + scope.id(),
                        List.of());
            case MISSION ->
                new RoleArea(
                        scope.type(),
                        missions.find(org, new MissionId(scope.id()))
                                .map(m -> m.title())
                                .orElse(""),
                        "/missions/" + scope.id(),
                        List.of());
            case PERSON ->
                new RoleArea(scope.type(), nameOf(names, new PersonId(scope.id())), "/people/" + scope.id(), List.of());
        };
    }

    private static String nameOf(Map<PersonId, Person> names, PersonId id) {
        var person = names.get(id);
        return person == null ? id.toString() : person.name();
    }
}
