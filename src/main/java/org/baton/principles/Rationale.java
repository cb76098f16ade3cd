package org.baton.principles;

import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/** Every change to a value or principle says why: its version keeps the rationale. */
final class Rationale {

    private Rationale() {}

    static String require(String rationale) {
        if (rationale == null || rationale.isBlank()) {
            throw new RuleViolation(
                    "rationale",
                    "change.rationale.required",
                    "Say why it changes: every version of a value or principle keeps its rationale.");
        }
        return TextLimits.require("rationale", rationale.strip(), TextLimits.TEXT);
    }

    /** A first version may go without a stated reason; it then says what happened. */
    static String orElse(String rationale, String otherwise) {
        return rationale == null || rationale.isBlank()
                ? otherwise
                : TextLimits.require("rationale", rationale.strip(), TextLimits.TEXT);
    }
}
