package org.baton.roles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Someone steps into a role, granted by {@code actor} under {@code decisionId} (either may be null). */
public record RoleAssigned(
        OrganizationId organizationId,
        RoleId roleId,
        Instant at,
        PersonId actor,
        DecisionId decisionId,
        boolean chartered,
        String title,
        UUID assignmentId,
        PersonId holder,
        LocalDate from,
        LocalDate until)
        implements RoleEvent {}
