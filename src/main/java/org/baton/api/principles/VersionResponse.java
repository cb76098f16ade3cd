package org.baton.api.principles;

import java.time.Instant;
import java.util.UUID;
import org.baton.principles.Status;
import org.baton.principles.Version;

/** One version of a value or principle: its text then, and why and by whom it changed. */
record VersionResponse(
        int version,
        String text,
        String description,
        Status status,
        String rationale,
        TriggerBody trigger,
        UUID changedBy,
        Instant changedAt) {

    static VersionResponse of(Version v) {
        return new VersionResponse(
                v.version(),
                v.text(),
                v.description(),
                v.status(),
                v.rationale(),
                v.trigger() == null
                        ? null
                        : new TriggerBody(v.trigger().kind(), v.trigger().id()),
                v.changedBy() == null ? null : v.changedBy().value(),
                v.changedAt());
    }
}
