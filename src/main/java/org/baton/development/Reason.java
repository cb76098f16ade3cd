package org.baton.development;

import java.util.List;

/**
 * One plain-words reason for a staffing pick, as a message ({@code staffing.reason.<code>} in the bundles) and its
 * arguments (area names, levels, counts, names), so that the pages and the API say it the same way.
 */
public record Reason(String code, List<String> arguments) {

    public Reason {
        arguments = List.copyOf(arguments);
    }

    /** The message key this reason is written under. */
    public String messageKey() {
        return "staffing.reason." + code;
    }
}
