package org.baton.roles;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.DomainEvent;
import org.baton.shared.OrganizationId;

/**
 * What happened to an autonomy agreement. Every fact names the agreement's leader and who is led, so a listener
 * can tell both parties without reading the agreement. Agreements are between people, not organization
 * structure: the decision log does not record them.
 */
public sealed interface AutonomyAgreementEvent extends DomainEvent
        permits AutonomyAgreed, AutonomyStagesRevised, AutonomyCheckedIn, AutonomyMismatchFlagged {

    @Override
    OrganizationId organizationId();

    AutonomyAgreementId agreementId();

    @Override
    Instant at();

    PersonId leaderId();

    AutonomyLed led();
}
