package org.baton.network;

import java.math.BigDecimal;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/**
 * The loose parameters management sets around an initiative: a short text and, optionally, a budget cap. Within them
 * the coalition's team decides for itself.
 */
public record InitiativeParameters(String text, BigDecimal budgetCap) {

    /** The most characters the parameters' text may have. */
    public static final int TEXT_LIMIT = TextLimits.LINE;

    public static final InitiativeParameters NONE = new InitiativeParameters("", null);

    public InitiativeParameters {
        text = text == null ? "" : text.strip();
    }

    void requireValid() {
        TextLimits.require("parameters.text", text, TEXT_LIMIT);
        if (budgetCap != null && budgetCap.signum() < 0) {
            throw new RuleViolation(
                    "parameters.budgetCap",
                    "initiative.budgetCap.negative",
                    "A budget cap cannot be negative: leave it empty when there is none.");
        }
    }
}
