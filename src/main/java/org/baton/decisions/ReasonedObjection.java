package org.baton.decisions;

import java.util.Locale;
import java.util.regex.Pattern;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/**
 * An objection counts only when it says what harm it foresees or which goal it puts at risk. A preference
 * for another option is not an objection, and is refused as such.
 */
public final class ReasonedObjection {

    static final int MINIMUM_LENGTH = 10;

    private static final Pattern PREFERENCE =
            Pattern.compile("^(i('d| would)? (rather|prefer)|i like .* better|i don'?t like)\\b.*");

    private ReasonedObjection() {}

    /** Returns the harm, tidied, or refuses it with an explanation of what a reasoned objection is. */
    public static String require(String harm) {
        if (harm == null || harm.isBlank()) {
            throw new RuleViolation(
                    "harm",
                    "objection.harm.required",
                    "A reasoned objection says what harm you foresee or which goal this puts at risk. Describe the harm, or give advice instead.");
        }
        String text = harm.strip();
        if (PREFERENCE.matcher(text.toLowerCase(Locale.ROOT)).matches()) {
            throw new RuleViolation(
                    "harm",
                    "objection.harm.preference",
                    "Preferring another option is not an objection. Say what harm this would cause or which goal it risks, or give advice instead.");
        }
        if (text.length() < MINIMUM_LENGTH) {
            throw new RuleViolation(
                    "harm", "objection.harm.short", "Describe the harm in a sentence, so the author can address it.");
        }
        return TextLimits.require("harm", text, TextLimits.REASON);
    }
}
