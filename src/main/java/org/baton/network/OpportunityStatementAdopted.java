package org.baton.network;

import java.time.Instant;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * The leadership team adopted version {@code number} of the big opportunity statement by consent: it is the
 * current statement from now on. {@code actor} is the consent decision's decider.
 */
public record OpportunityStatementAdopted(
        OrganizationId organizationId,
        Instant at,
        PersonId actor,
        UUID versionId,
        int number,
        DecisionId decisionId,
        String text)
        implements NetworkEvent {}
