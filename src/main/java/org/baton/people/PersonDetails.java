package org.baton.people;

import java.util.List;

/** What a person is described by, as given when they are enrolled or their record is edited. */
public record PersonDetails(
        String name,
        String email,
        List<Expertise> expertise,
        List<String> growthGoals,
        Integer availability,
        String timeZone) {

    public PersonDetails {
        expertise = expertise == null ? List.of() : List.copyOf(expertise);
        growthGoals = growthGoals == null
                ? List.of()
                : growthGoals.stream()
                        .filter(g -> g != null && !g.isBlank())
                        .map(String::strip)
                        .toList();
    }
}
