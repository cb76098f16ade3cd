package org.baton.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A call for the guiding coalition opened: anyone may apply for its seats until it closes. */
public record CoalitionCallOpened(
        OrganizationId organizationId, Instant at, PersonId actor, UUID callId, int seats, LocalDate closesOn)
        implements NetworkEvent {}
