package org.baton.log;

/** How a log entry words its context: the subject's own context, then what this step added. */
final class Entries {

    private Entries() {}

    static String join(String context, String detail) {
        if (detail == null || detail.isBlank() || detail.equals(context)) {
            return context == null ? "" : context;
        }
        return (context == null || context.isBlank()) ? detail : context + "\n\n" + detail;
    }
}
