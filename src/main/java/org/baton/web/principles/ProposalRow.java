package org.baton.web.principles;

import java.time.Instant;
import java.util.UUID;

/** A proposed change as listed, linked to the consent decision that adopts it. */
public record ProposalRow(
        String kind,
        String subject,
        String text,
        String rationale,
        String by,
        Instant at,
        boolean adopted,
        UUID decisionId) {}
