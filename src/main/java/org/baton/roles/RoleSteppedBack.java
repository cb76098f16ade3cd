package org.baton.roles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A holder steps back from a role on a day, with a note saying why (may be empty). */
public record RoleSteppedBack(
        OrganizationId organizationId,
        RoleId roleId,
        Instant at,
        PersonId actor,
        DecisionId decisionId,
        boolean chartered,
        String title,
        UUID assignmentId,
        PersonId holder,
        LocalDate on,
        String note)
        implements RoleEvent {}
