package org.baton.network;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** {@code actor} joined the urgency group. */
public record UrgencyGroupJoined(OrganizationId organizationId, Instant at, PersonId actor) implements NetworkEvent {}
