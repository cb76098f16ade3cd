package org.baton.network;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;

/** Someone on the guiding coalition: from which call, since when. */
public record CoalitionMember(PersonId personId, UUID callId, Instant joinedAt) {}
