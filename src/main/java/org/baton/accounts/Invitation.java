package org.baton.accounts;

import java.time.Instant;
import org.baton.people.PersonId;

/** An invitation to choose a password; {@code secret} goes into the link and is never stored. */
public record Invitation(PersonId personId, String secret, Instant expiresAt) {}
