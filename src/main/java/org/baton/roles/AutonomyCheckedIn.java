package org.baton.roles;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** One side said how each dimension of the agreement fits. */
public record AutonomyCheckedIn(
        OrganizationId organizationId,
        AutonomyAgreementId agreementId,
        Instant at,
        PersonId leaderId,
        AutonomyLed led,
        PersonId by,
        AutonomySide side,
        AutonomyFits fit)
        implements AutonomyAgreementEvent {}
