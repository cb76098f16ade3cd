package org.baton.roles;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;

/** One side saying, at one moment, how each dimension of an autonomy agreement fits. */
public record AutonomyCheckIn(UUID id, PersonId by, AutonomySide side, AutonomyFits fit, String note, Instant at) {}
