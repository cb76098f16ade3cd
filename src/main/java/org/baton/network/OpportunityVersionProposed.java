package org.baton.network;

import java.time.Instant;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A new version of the big opportunity statement was proposed, put to the leadership team's consent. */
public record OpportunityVersionProposed(
        OrganizationId organizationId, Instant at, PersonId actor, UUID versionId, int number, DecisionId decisionId)
        implements NetworkEvent {}
