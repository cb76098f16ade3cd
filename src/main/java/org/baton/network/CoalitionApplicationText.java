package org.baton.network;

import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/**
 * What someone writes when applying to the coalition: their motivation (required), the energy they bring and the
 * initiative they care about.
 */
public record CoalitionApplicationText(String motivation, String energy, String initiativeInterest) {

    /** The longest initiative interest: a line or two. */
    public static final int INTEREST = 500;

    public CoalitionApplicationText {
        if (motivation == null || motivation.isBlank()) {
            throw new RuleViolation(
                    "motivation", "network.coalition.motivation.required", "Say why you want to join the coalition.");
        }
        motivation = TextLimits.require("motivation", motivation.strip(), TextLimits.TEXT);
        energy = TextLimits.require("energy", energy == null ? "" : energy.strip(), TextLimits.LINE);
        initiativeInterest = TextLimits.require(
                "initiativeInterest", initiativeInterest == null ? "" : initiativeInterest.strip(), INTEREST);
    }
}
