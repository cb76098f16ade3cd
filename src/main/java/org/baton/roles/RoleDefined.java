package org.baton.roles;

import java.time.Instant;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

public record RoleDefined(
        OrganizationId organizationId,
        RoleId roleId,
        Instant at,
        PersonId actor,
        DecisionId decisionId,
        boolean chartered,
        RoleType type,
        String title,
        int seats)
        implements RoleEvent {}
