package org.baton.zones;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.baton.people.PersonId;

/**
 * Who leads the topic of a decision area (DOMAIN.md §8: a consent round that cannot reach consent falls back to
 * the topic's leader): the longest-serving holder of the first faculty lead role ("Lead Pricing") the area is
 * granted to that someone holds today. Empty when none is, and then the team's leader leads it.
 */
final class TopicLeader {

    private TopicLeader() {}

    /**
     * @param mandates the area's mandates in force, oldest first
     * @param roles the roles among their holders, with who holds each today
     */
    static Optional<PersonId> of(List<Mandate> mandates, List<RoleHolders.HeldRole> roles) {
        Map<UUID, RoleHolders.HeldRole> byId =
                roles.stream().collect(Collectors.toMap(RoleHolders.HeldRole::roleId, Function.identity()));
        return mandates.stream()
                .map(Mandate::roleId)
                .filter(Objects::nonNull)
                .map(byId::get)
                .filter(role -> role != null && role.facultyLead())
                .map(RoleHolders.HeldRole::firstHolder)
                .filter(Objects::nonNull)
                .findFirst();
    }
}
