package org.baton.roles;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.baton.people.Expertise;
import org.baton.people.PersonId;
import org.baton.shared.StateConflict;

/**
 * Who takes part in the consent round on a hand-over, split or selection of a role (DOMAIN.md §3, §4): for a
 * knowledge-area role, the people with expertise in that area and its holders; for a team's role, the team's
 * people and its holders (a holder from outside the team, such as an external coach, is asked about their own
 * hand-over); for an organization role, its holders and the centre's members; for the role Baton relies on (the
 * governance body), its current members. Never empty: it falls back to the role's holders. The proposer consents
 * by proposing, so takes no part; a round left with nobody to consent is refused.
 */
final class RoleCircle {

    private RoleCircle() {}

    /**
     * What the circle is drawn from, looked up by the caller.
     *
     * @param experts the people of the organization with expertise in the role's knowledge area
     * @param teamPeople the people of the home base or mission the role belongs to
     * @param centreMembers the members of the centre
     */
    record Facts(Collection<PersonId> experts, Collection<PersonId> teamPeople, Collection<PersonId> centreMembers) {}

    /** Everyone whose consent the change needs, holders included, in a stable order. */
    static List<PersonId> of(Role role, Facts facts, LocalDate today) {
        var holders = role.holdersOn(today);
        var circle = new LinkedHashSet<PersonId>();
        if (role.charter() != null) {
            circle.addAll(holders);
        } else {
            switch (role.scope().type()) {
                case KNOWLEDGE_AREA -> {
                    circle.addAll(facts.experts());
                    circle.addAll(holders);
                }
                case HOME_BASE, MISSION -> {
                    circle.addAll(facts.teamPeople());
                    circle.addAll(holders);
                }
                case ORGANIZATION -> {
                    circle.addAll(holders);
                    circle.addAll(facts.centreMembers());
                }
                case PERSON -> circle.addAll(holders);
            }
        }
        if (circle.isEmpty()) {
            circle.addAll(holders);
        }
        return List.copyOf(circle);
    }

    /** The participants of the round a person proposes: the circle but the proposer; refused when nobody is left. */
    static List<PersonId> participants(Role role, Facts facts, LocalDate today, PersonId proposer) {
        var participants =
                of(role, facts, today).stream().filter(p -> !p.equals(proposer)).toList();
        if (participants.isEmpty()) {
            throw new StateConflict(
                    "role.circle.empty",
                    "Nobody but you could consent to this change: it needs people with a stake in the role.");
        }
        return participants;
    }

    /** The people with expertise in the area, whatever its case, in the order given. */
    static List<PersonId> expertsIn(String area, Map<PersonId, List<Expertise>> expertiseOf) {
        if (area == null) {
            return List.of();
        }
        String key = area.strip().toLowerCase(Locale.ROOT);
        return expertiseOf.entrySet().stream()
                .filter(e -> e.getValue().stream()
                        .anyMatch(x -> x.area().strip().toLowerCase(Locale.ROOT).equals(key)))
                .map(Map.Entry::getKey)
                .toList();
    }
}
