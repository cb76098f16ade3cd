package org.baton.people;

import java.time.Instant;
import java.util.List;
import org.baton.shared.OrganizationId;

/** Someone edited a person's record (the person themself, or someone else); {@code changed} names which parts. */
public record PersonProfileEdited(
        OrganizationId organizationId, PersonId personId, Instant at, PersonId actor, String name, List<Part> changed)
        implements PersonEvent {

    public enum Part {
        NAME,
        EMAIL,
        EXPERTISE,
        GROWTH_GOALS,
        AVAILABILITY,
        TIME_ZONE
    }

    public PersonProfileEdited {
        changed = List.copyOf(changed);
    }
}
