package org.baton.decisions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.shared.TextLimits;

/** What the decider decided, why, under which principles, what they expect, and when to look back. */
public record Choice(
        String choice, String rationale, List<UUID> principleIds, String expectedResult, LocalDate reviewOn) {

    public Choice {
        TextLimits.require("choice", choice, TextLimits.LINE);
        TextLimits.require("rationale", rationale, TextLimits.TEXT);
        TextLimits.require("expectedResult", expectedResult, TextLimits.TEXT);
    }
}
