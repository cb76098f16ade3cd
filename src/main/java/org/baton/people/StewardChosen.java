package org.baton.people;

import java.time.Instant;
import org.baton.shared.OrganizationId;

/** A person's steward was chosen, by the person, their previous steward handing them on, or an admin. */
public record StewardChosen(
        OrganizationId organizationId,
        PersonId personId,
        Instant at,
        PersonId actor,
        String name,
        PersonId stewardId,
        PersonId previousStewardId)
        implements PersonEvent {}
