package org.baton.network;

import java.time.Instant;
import org.baton.people.PersonId;

/** Someone in the urgency group now, since when (their current stretch in it). */
public record UrgencyMember(PersonId personId, String name, Instant joinedAt) {}
