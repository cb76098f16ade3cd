package org.baton.missions;

import java.time.LocalDate;
import java.util.List;
import org.baton.homebases.HomeBaseId;
import org.baton.people.PersonId;

/** A mission's context as given when it is proposed or edited. */
public record MissionDetails(
        String title,
        HomeBaseId homeBaseId,
        PersonId leaderId,
        List<PersonId> memberIds,
        Outcome outcome,
        List<String> successCriteria,
        LocalDate startsOn,
        LocalDate endsOn,
        List<String> constraints,
        List<String> authority) {

    public MissionDetails {
        memberIds =
                memberIds == null ? List.of() : memberIds.stream().distinct().toList();
        successCriteria = lines(successCriteria);
        constraints = lines(constraints);
        authority = lines(authority).stream().distinct().toList();
    }

    static List<String> lines(List<String> lines) {
        return lines == null
                ? List.of()
                : lines.stream()
                        .filter(l -> l != null && !l.isBlank())
                        .map(String::strip)
                        .toList();
    }
}
