package org.baton.network;

import java.util.List;

/**
 * Why someone was picked for the coalition, or missed it: a code read through the message key
 * {@code network.reason.<code>} with its arguments, e.g. {@code ("rated", ["4.5", "4.0"])}.
 */
public record SelectionReason(String code, List<String> args) {

    public SelectionReason {
        args = List.copyOf(args);
    }

    public static SelectionReason of(String code, Object... args) {
        return new SelectionReason(
                code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The message key this reason is written under. */
    public String messageKey() {
        return "network.reason." + code;
    }

    public Object[] messageArguments() {
        return args.toArray();
    }
}
