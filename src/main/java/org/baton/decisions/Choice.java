package org.baton.decisions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the decider decided, why, under which principles, what they expect, and when to look back. */
public record Choice(
        String choice, String rationale, List<UUID> principleIds, String expectedResult, LocalDate reviewOn) {}
