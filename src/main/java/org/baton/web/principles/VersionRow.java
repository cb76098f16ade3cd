package org.baton.web.principles;

import java.time.Instant;
import java.util.UUID;

/**
 * One version in a history, newest first: what the text became ({@code diff} against the version before),
 * the description's change for a value, why, what feedback triggered it, who and when.
 */
public record VersionRow(
        int version,
        WordDiff diff,
        WordDiff descriptionDiff,
        boolean retired,
        boolean statusChanged,
        String rationale,
        WorkLink trigger,
        String by,
        UUID byId,
        Instant at) {

    public boolean first() {
        return version == 1;
    }
}
