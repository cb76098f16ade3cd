package org.baton.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.baton.shared.TextLimits;

/**
 * Reads what a person wrote in a reply, above the quoted original: lines starting with {@code >}, an "On … wrote:"
 * line, a forwarded or "Original Message" block and a signature ("-- ") end it. A mail with HTML only is read with its
 * tags (and quoted blockquotes) stripped. To a consent request the first line is {@code consent},
 * {@code concern: …} or {@code object: …}; to an intent, {@code object: …}; to an advice request or a consultation,
 * what was written is the advice or the answer.
 */
final class ReplyParser {

    /** What a reply says. */
    sealed interface Answer {}

    record Consent() implements Answer {}

    record Concern(String text) implements Answer {}

    record Objection(String harm) implements Answer {}

    record Text(String text) implements Answer {}

    /** Nothing we could act on; {@code understood} is the first line read, perhaps empty. */
    record Unclear(String understood) implements Answer {}

    private static final Pattern WROTE = Pattern.compile("^(on|am|le|el|op)\\s.+", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMAND = Pattern.compile(
            "^(consent|concern|object|objection)\\b\\s*[:\\-–]?\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private ReplyParser() {}

    static Answer read(ReplyTo.Kind kind, String text, String html) {
        var lines = written(text, html);
        String first = lines.isEmpty() ? "" : lines.getFirst();
        return switch (kind) {
            case ADVICE, CONSULTATION -> lines.isEmpty() ? new Unclear("") : new Text(String.join("\n", lines));
            case CONSENT -> command(first, true);
            case INTENT -> command(first, false);
        };
    }

    private static Answer command(String first, boolean consentRound) {
        var matcher = COMMAND.matcher(first);
        if (!matcher.matches()) {
            return new Unclear(first);
        }
        String word = matcher.group(1).toLowerCase(Locale.ROOT);
        String rest = matcher.group(2).strip();
        return switch (word) {
            case "consent" ->
                consentRound && rest.replaceAll("[.!]", "").isBlank() ? new Consent() : new Unclear(first);
            case "concern" -> consentRound && !rest.isEmpty() ? new Concern(rest) : new Unclear(first);
            default -> rest.isEmpty() ? new Unclear(first) : new Objection(rest);
        };
    }

    /** The non-empty lines written above the quoted original and the signature, stripped. */
    static List<String> written(String text, String html) {
        String body = text != null && !text.isBlank() ? text : html == null ? "" : withoutTags(html);
        if (body.length() > TextLimits.DOCUMENT) {
            body = body.substring(0, TextLimits.DOCUMENT);
        }
        var lines = new ArrayList<String>();
        String[] all = body.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        for (int i = 0; i < all.length; i++) {
            String line = all[i].strip();
            if (endsWhatWasWritten(all, i, line)) {
                break;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static boolean endsWhatWasWritten(String[] all, int i, String line) {
        if (line.startsWith(">") || all[i].equals("-- ") || line.equals("--") || line.equals("__")) {
            return true;
        }
        if (line.matches("-{2,}\\s*(Original Message|Forwarded message).*-*") || line.matches("_{10,}")) {
            return true;
        }
        if (WROTE.matcher(line).matches()) {
            String next = i + 1 < all.length ? all[i + 1].strip() : "";
            return line.endsWith(":") || next.endsWith("wrote:") || next.startsWith(">");
        }
        return line.startsWith("From:")
                && i + 1 < all.length
                && all[i + 1].strip().matches("(Sent|Date|To):.*");
    }

    static String withoutTags(String html) {
        return html.replaceAll("(?is)<(style|script|head)[^>]*>.*?</\\1>", "")
                .replaceAll("(?is)<blockquote[^>]*>.*?</blockquote>", "\n> \n")
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</(p|div|li|h[1-6]|tr)>", "\n")
                .replaceAll("(?s)<[^>]*>", "")
                .replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
