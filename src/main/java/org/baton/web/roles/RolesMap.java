package org.baton.web.roles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.baton.homebases.HomeBases;
import org.baton.missions.MissionId;
import org.baton.missions.Missions;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.roles.Role;
import org.baton.roles.RoleId;
import org.baton.roles.RoleScope;
import org.baton.roles.Roles;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The roles map: one page of the organization's roles (by title), grouped by the area they apply to, and the same
 * roles as a tree of parent roles and their sub-roles.
 */
@Component
class RolesMap {

    static final int PAGE_SIZE = PageRequest.MAX_SIZE;

    /** The map reads from the widest area to the narrowest: the organization, knowledge areas, teams, people. */
    static final List<RoleScope.Type> AREA_ORDER = List.of(
            RoleScope.Type.ORGANIZATION,
            RoleScope.Type.KNOWLEDGE_AREA,
            RoleScope.Type.HOME_BASE,
            RoleScope.Type.MISSION,
            RoleScope.Type.PERSON);

    /** How many roles are searched for a role's sub-roles, at most. */
    static final int SUB_ROLES_SEARCHED = 5 * PageRequest.MAX_SIZE;

    private final Roles roles;
    private final People people;
    private final HomeBases homeBases;
    private final Missions missions;

    RolesMap(Roles roles, People people, HomeBases homeBases, Missions missions) {
        this.roles = roles;
        this.people = people;
        this.homeBases = homeBases;
        this.missions = missions;
    }

    /** One page of the map. */
    record View(Page<Role> page, List<RoleArea> areas, List<RoleCard> tree) {}

    View page(OrganizationId org, int page) {
        var found = roles.list(org, null, new PageRequest(Math.max(0, page), PAGE_SIZE));
        var names = holderNames(org, found.items());
        var cards = new LinkedHashMap<RoleId, RoleCard>();
        found.items().forEach(role -> cards.put(role.id(), card(role, names, List.of())));
        return new View(found, areas(org, found.items(), cards, names), tree(found.items(), names));
    }

    /** The sub-roles of a role, by title. */
    List<Role> subRolesOf(OrganizationId org, RoleId parent) {
        var found = new ArrayList<Role>();
        for (int page = 0; page * PageRequest.MAX_SIZE < SUB_ROLES_SEARCHED; page++) {
            var listed = roles.list(org, null, new PageRequest(page, PageRequest.MAX_SIZE));
            listed.items().stream()
                    .filter(r -> parent.equals(r.definition().parentId()))
                    .forEach(found::add);
            if (!listed.hasNext()) {
                break;
            }
        }
        return found;
    }

    /** The card of one role, with the names of its holders. */
    RoleCard card(Role role, Map<PersonId, Person> names, List<RoleCard> subRoles) {
        var today = roles.today();
        var holders = role.currentOn(today).stream()
                .map(a -> new RoleCard.Holder(
                        a.personId().value(),
                        names.containsKey(a.personId())
                                ? names.get(a.personId()).name()
                                : a.personId().toString(),
                        a.endsOn(),
                        a.endsSoonAfter(today)))
                .toList();
        return new RoleCard(
                role.id().value(),
                role.title(),
                role.type(),
                role.definition().seats(),
                holders,
                role.vacanciesOn(today),
                subRoles);
    }

    Map<PersonId, Person> holderNames(OrganizationId org, List<Role> listed) {
        var today = roles.today();
        var ids = new HashSet<PersonId>();
        listed.forEach(r -> ids.addAll(r.holdersOn(today)));
        listed.stream()
                .filter(r -> r.scope().type() == RoleScope.Type.PERSON)
                .forEach(r -> ids.add(new PersonId(r.scope().id())));
        return people.byId(org, ids);
    }

    private List<RoleArea> areas(
            OrganizationId org, List<Role> listed, Map<RoleId, RoleCard> cards, Map<PersonId, Person> names) {
        var byArea = new LinkedHashMap<RoleScope, List<RoleCard>>();
        listed.forEach(
                r -> byArea.computeIfAbsent(r.scope(), s -> new ArrayList<>()).add(cards.get(r.id())));
        var teams = new HashMap<UUID, String>();
        if (byArea.keySet().stream().anyMatch(s -> s.type() == RoleScope.Type.HOME_BASE)) {
            homeBases.all(org).forEach(h -> teams.put(h.id().value(), h.name()));
        }
        byArea.keySet().stream()
                .filter(s -> s.type() == RoleScope.Type.MISSION)
                .forEach(s -> missions.find(org, new MissionId(s.id())).ifPresent(m -> teams.put(s.id(), m.title())));
        return byArea.entrySet().stream()
                .map(e -> area(e.getKey(), e.getValue(), teams, names))
                .sorted(Comparator.comparing((RoleArea a) -> AREA_ORDER.indexOf(a.kind()))
                        .thenComparing(a -> a.name() == null ? "" : a.name().toLowerCase()))
                .toList();
    }

    private static RoleArea area(
            RoleScope scope, List<RoleCard> cards, Map<UUID, String> teams, Map<PersonId, Person> people) {
        return switch (scope.type()) {
            case ORGANIZATION -> new RoleArea(scope.type(), null, null, cards);
            case KNOWLEDGE_AREA -> new RoleArea(scope.type(), scope.knowledgeArea(), null, cards);
            case HOME_BASE ->
                new RoleArea(
                        scope.type(),
                        teams.getOrDefault(scope.id(), scope.id().toString()),
                        "/home-bases/" + scope.id(),
                        cards);
            case MISSION ->
                new RoleArea(
                        scope.type(),
                        teams.getOrDefault(scope.id(), scope.id().toString()),
                        "/missions/" + scope.id(),
                        cards);
            case PERSON -> {
                var person = people.get(new PersonId(scope.id()));
                yield new RoleArea(
                        scope.type(),
                        person == null ? scope.id().toString() : person.name(),
                        "/people/" + scope.id(),
                        cards);
            }
        };
    }

    /** Roles under their parents; a role whose parent is on another page stands at the top here. */
    private List<RoleCard> tree(List<Role> listed, Map<PersonId, Person> names) {
        var ids = new HashSet<RoleId>();
        listed.forEach(r -> ids.add(r.id()));
        var children = new HashMap<RoleId, List<Role>>();
        listed.stream()
                .filter(r -> r.definition().parentId() != null
                        && ids.contains(r.definition().parentId()))
                .forEach(r -> children.computeIfAbsent(r.definition().parentId(), k -> new ArrayList<>())
                        .add(r));
        return listed.stream()
                .filter(r -> r.definition().parentId() == null
                        || !ids.contains(r.definition().parentId()))
                .map(r -> node(r, children, names, new HashSet<>()))
                .toList();
    }

    private RoleCard node(Role role, Map<RoleId, List<Role>> children, Map<PersonId, Person> names, Set<RoleId> seen) {
        seen.add(role.id());
        var subRoles = children.getOrDefault(role.id(), List.of()).stream()
                .filter(child -> !seen.contains(child.id()))
                .map(child -> node(child, children, names, seen))
                .toList();
        return card(role, names, subRoles);
    }
}
