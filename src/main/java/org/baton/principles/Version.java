package org.baton.principles;

import java.time.Instant;
import org.baton.people.PersonId;

/** One version of a value or principle: its text then, and why it changed. */
public record Version(
        int version,
        String text,
        String description,
        Status status,
        String rationale,
        Trigger trigger,
        PersonId changedBy,
        Instant changedAt) {}
