package org.baton.people;

import java.time.Instant;
import org.baton.shared.OrganizationId;

/** An admin set or cleared whom a person reports to ({@code managerId} null when cleared). */
public record ReportingLineChanged(
        OrganizationId organizationId,
        PersonId personId,
        Instant at,
        PersonId actor,
        String name,
        PersonId managerId,
        PersonId previousManagerId)
        implements PersonEvent {}
