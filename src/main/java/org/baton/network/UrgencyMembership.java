package org.baton.network;

import java.time.Instant;
import org.baton.people.PersonId;

/**
 * A person's stretch in the urgency group, as joining answers it: {@code joinedNow} is false when they were in the
 * group already (joining again changes nothing).
 */
public record UrgencyMembership(PersonId personId, Instant joinedAt, boolean joinedNow) {}
