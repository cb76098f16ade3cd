package org.baton.roles;

import java.time.Instant;
import java.time.LocalDate;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A leader and a person or team agreed a stage per dimension, in a context. */
public record AutonomyAgreed(
        OrganizationId organizationId,
        AutonomyAgreementId agreementId,
        Instant at,
        PersonId leaderId,
        AutonomyLed led,
        PersonId by,
        String context,
        AutonomyStages stages,
        LocalDate reviewOn)
        implements AutonomyAgreementEvent {}
