package org.baton.development;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One plain-words reason, for a staffing pick or for someone's readiness to lead ({@code ready.*} codes), as a
 * message ({@code development.reason.<code>} in the bundles) and its arguments (area names, counts), so that the
 * pages and the API say it the same way. Words that the bundles translate (an expertise level) are part of the
 * code, never an argument.
 */
public record Reason(String code, List<String> arguments) {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");

    public Reason {
        arguments = List.copyOf(arguments);
    }

    /** A reason whose arguments are written as text. */
    static Reason of(String code, Object... arguments) {
        return new Reason(
                code, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The message key this reason is written under. */
    public String messageKey() {
        return "development.reason." + code;
    }

    /**
     * The arguments as the message is formatted with them: whole numbers as numbers, so that the bundles can say
     * "one mission" or "3 missions" ({@code choice}); everything else as written.
     */
    public Object[] messageArguments() {
        return arguments.stream()
                .map(a -> WHOLE_NUMBER.matcher(a).matches() ? (Object) Long.valueOf(a) : a)
                .toArray();
    }
}
