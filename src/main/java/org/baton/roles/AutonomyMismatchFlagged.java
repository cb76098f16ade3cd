package org.baton.roles;

import java.time.Instant;
import java.util.Set;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * A check-in made dimensions mismatched that were not before ({@link AutonomyMismatch}); {@code dimensions} are
 * the newly mismatched ones. Flagged once per new mismatch, not again on later check-ins that keep it.
 */
public record AutonomyMismatchFlagged(
        OrganizationId organizationId,
        AutonomyAgreementId agreementId,
        Instant at,
        PersonId leaderId,
        AutonomyLed led,
        PersonId by,
        Set<AutonomyDimension> dimensions)
        implements AutonomyAgreementEvent {

    public AutonomyMismatchFlagged {
        dimensions = Set.copyOf(dimensions);
    }
}
