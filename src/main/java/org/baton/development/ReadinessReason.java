package org.baton.development;

import java.util.List;

/**
 * One plain-words reason why someone is ready to lead, or what they are not ready for yet, as a message
 * ({@code ready.reason.<code>} in the bundles) and its arguments, so that the pages and the API say it the same way.
 */
public record ReadinessReason(String code, List<String> arguments) {

    public ReadinessReason {
        arguments = List.copyOf(arguments);
    }

    static ReadinessReason of(String code, Object... arguments) {
        return new ReadinessReason(
                code, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The message key this reason is written under. */
    public String messageKey() {
        return "ready.reason." + code;
    }
}
