package org.baton.web.support;

import java.util.List;

/** Lists typed into a textarea, one item per line. */
public final class Lines {

    private Lines() {}

    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public static String join(List<String> lines) {
        return lines == null ? "" : String.join("\n", lines);
    }
}
