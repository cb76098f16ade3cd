package org.baton.decisions;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/** Advice asked of someone (impacted or expert) and, once given, what they said. */
public record Advice(PersonId personId, Instant requestedAt, String advice, Instant givenAt) {

    static Advice asked(PersonId person, Instant now) {
        return new Advice(person, now, null, null);
    }

    public boolean given() {
        return advice != null;
    }

    /** The advice given now, in words. */
    Advice give(String text, Instant now) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("advice", "decision.advice.required", "Write the advice you give.");
        }
        return new Advice(personId, requestedAt, TextLimits.require("advice", text.strip(), TextLimits.REASON), now);
    }
}
