package org.baton.network;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A call closed, early by a panel member ({@code actor}) or on its closing date (Baton, actor null). */
public record CoalitionCallClosed(
        OrganizationId organizationId, Instant at, PersonId actor, UUID callId, int applications)
        implements NetworkEvent {}
