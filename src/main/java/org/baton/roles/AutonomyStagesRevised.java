package org.baton.roles;

import java.time.Instant;
import java.time.LocalDate;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A party revised the agreed stages or the review date. */
public record AutonomyStagesRevised(
        OrganizationId organizationId,
        AutonomyAgreementId agreementId,
        Instant at,
        PersonId leaderId,
        AutonomyLed led,
        PersonId by,
        AutonomyStages from,
        AutonomyStages to,
        LocalDate reviewOn)
        implements AutonomyAgreementEvent {}
