package org.baton.network;

import java.util.List;

/**
 * Why someone was picked for the coalition, or missed it: a code read through the message key
 * {@code network.reason.<code>} with its arguments, e.g. {@code ("rated", ["4.5", "4.0"])}.
 */
public record SelectionReason(String code, List<String> args) {

    private static final java.util.regex.Pattern WHOLE_NUMBER = java.util.regex.Pattern.compile("-?\\d{1,18}");

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

    /**
     * The arguments for the message: whole numbers as numbers (so that the message can say "a seat" or "4 seats"),
     * the rest as written (names, and ratings such as "4.5").
     */
    public Object[] messageArguments() {
        return args.stream()
                .map(a -> WHOLE_NUMBER.matcher(a).matches() ? (Object) Long.valueOf(a) : a)
                .toArray();
    }
}
