package org.baton.web.principles;

import java.time.Instant;
import java.util.UUID;

/** A tension as listed: which principle, whether flagged or from an objection, the work it came from, and the note. */
public record TensionRow(
        UUID principleId,
        String principle,
        String source,
        WorkLink subject,
        String note,
        String by,
        UUID byId,
        Instant at) {}
