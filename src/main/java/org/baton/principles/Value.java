package org.baton.principles;

import java.time.Instant;

/** A value: specific enough to justify a real decision. */
public record Value(ValueId id, String name, String description, Status status, int version, Instant createdAt) {}
