package org.baton.network;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;

/** Thanks someone added on the wall to a mission's team. */
public record CelebrationThanks(UUID id, PersonId by, String byName, String text, Instant at) {}
