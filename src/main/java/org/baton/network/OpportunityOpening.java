package org.baton.network;

/**
 * The beginning of the big opportunity statement, wherever it is shown without being read whole (the hub, the
 * dashboard): its first {@value #LINES} non-blank lines, cut at a word before {@value #LENGTH} characters;
 * {@code cut} says that more of it is on the statement's page.
 */
public record OpportunityOpening(String text, boolean cut) {

    /** The most characters the opening has, before its ellipsis. */
    public static final int LENGTH = 300;

    /** The most lines the opening has. */
    public static final int LINES = 3;

    public static OpportunityOpening of(String statement) {
        var all = statement.strip().lines().filter(line -> !line.isBlank()).toList();
        var opening = String.join("\n", all.subList(0, Math.min(LINES, all.size())));
        boolean fewerLines = all.size() > LINES;
        if (opening.length() <= LENGTH) {
            return new OpportunityOpening(fewerLines ? opening + "…" : opening, fewerLines);
        }
        int end = opening.lastIndexOf(' ', LENGTH);
        return new OpportunityOpening(
                opening.substring(0, end > LENGTH / 2 ? end : LENGTH).strip() + "…", true);
    }
}
