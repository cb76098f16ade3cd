package org.baton.network;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** {@code actor} left the urgency group. */
public record UrgencyGroupLeft(OrganizationId organizationId, Instant at, PersonId actor) implements NetworkEvent {}
