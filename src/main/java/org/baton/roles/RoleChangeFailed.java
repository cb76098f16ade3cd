package org.baton.roles;

import java.time.Instant;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.DomainEvent;
import org.baton.shared.OrganizationId;

/**
 * A hand-over, split or selection whose consent decision was made but which the role could no longer take by then
 * (its seat filled meanwhile, the newcomer seated already, a title taken): nothing changed, and {@code reason} is the
 * code of the rule it broke. Its proposer is told.
 */
public record RoleChangeFailed(
        OrganizationId organizationId,
        Instant at,
        RoleId roleId,
        DecisionId decisionId,
        PersonId proposedBy,
        String subject,
        String reason)
        implements DomainEvent {}
