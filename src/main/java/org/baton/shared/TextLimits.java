package org.baton.shared;

/**
 * How long each kind of text may be, in one place: the domain refuses longer text with a {@link RuleViolation}
 * naming the field, and the API declares the same limits on its request bodies, so the OpenAPI document shows
 * them as {@code maxLength}. Limits are generous for what people write and small enough that no text can fill
 * an index row or turn one objection into a megabyte of decision log.
 */
public final class TextLimits {

    /** A short label: a token name, a unit, a time zone, an area of expertise, a kind or a cadence. */
    public static final int LABEL = 100;

    /** A name: of a person, an organization, a home base, a value, a decision area, a role or the centre. */
    public static final int NAME = 120;

    /** A title: of a mission or a decision. */
    public static final int TITLE = 200;

    /** One line of a list or a statement: a principle, a success criterion, a constraint, an option, a goal. */
    public static final int LINE = 1000;

    /** A paragraph or a few: a description, a purpose, a rationale, a note, a statement of intent, a result. */
    public static final int TEXT = 2000;

    /** A reasoned text: a reason, the harm an objection names, advice, a comment, an answer. */
    public static final int REASON = 4000;

    /** A document: a decision's context or its proposal. */
    public static final int DOCUMENT = 10000;

    /** How many elements a list in a request may hold: ids, lines, lessons. */
    public static final int ITEMS = 200;

    /** A password: bcrypt reads no further than 72 bytes (the account rule counts bytes; this bounds characters). */
    public static final int PASSWORD = 72;

    private TextLimits() {}

    /** The text as given, unless it is longer than {@code limit} characters: then a rule violation on {@code field}. */
    public static String require(String field, String text, int limit) {
        if (text != null && text.length() > limit) {
            throw new RuleViolation(field, "text.long", "This may have at most " + limit + " characters.", limit);
        }
        return text;
    }

    /** Each line as given, unless one is longer than {@code limit} or there are more than {@link #ITEMS}. */
    public static <T extends Iterable<String>> T requireEach(String field, T lines, int limit) {
        if (lines == null) {
            return null;
        }
        int index = 0;
        for (String line : lines) {
            if (index == ITEMS) {
                throw new RuleViolation(field, "text.tooMany", "At most " + ITEMS + " of these, please.", ITEMS);
            }
            require(field + "[" + index++ + "]", line, limit);
        }
        return lines;
    }
}
