package org.baton.principles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * A person was given a seat on the governance body for a term: under the body's consent decision
 * ({@code decisionId}), or directly by the admin acting for a body without members (null).
 */
public record MemberAppointed(
        OrganizationId organizationId,
        Instant at,
        PersonId actor,
        UUID termId,
        PersonId member,
        LocalDate startsOn,
        LocalDate endsOn,
        DecisionId decisionId)
        implements GovernanceEvent {}
