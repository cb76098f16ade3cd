package org.baton.web.principles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What changed between two wordings of a value or principle, word by word: the longest common subsequence of
 * their words stays, the rest of the old wording is removed and the rest of the new one added. Shown as
 * {@code <del>} and {@code <ins>} on the history of a principle.
 */
public record WordDiff(List<Part> parts) {

    public enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    /** A run of words with the same fate. */
    public record Part(Kind kind, String text) {

        public boolean same() {
            return kind == Kind.SAME;
        }

        public boolean removed() {
            return kind == Kind.REMOVED;
        }

        public boolean added() {
            return kind == Kind.ADDED;
        }
    }

    public static WordDiff between(String before, String after) {
        String[] old = words(before);
        String[] now = words(after);
        // lengths[i][j]: the longest common subsequence of old[i..] and now[j..].
        int[][] lengths = new int[old.length + 1][now.length + 1];
        for (int i = old.length - 1; i >= 0; i--) {
            for (int j = now.length - 1; j >= 0; j--) {
                lengths[i][j] = old[i].equals(now[j])
                        ? lengths[i + 1][j + 1] + 1
                        : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        var diff = new Builder();
        int i = 0;
        int j = 0;
        while (i < old.length && j < now.length) {
            if (old[i].equals(now[j])) {
                diff.add(Kind.SAME, old[i++]);
                j++;
            } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
                diff.add(Kind.REMOVED, old[i++]);
            } else {
                diff.add(Kind.ADDED, now[j++]);
            }
        }
        while (i < old.length) {
            diff.add(Kind.REMOVED, old[i++]);
        }
        while (j < now.length) {
            diff.add(Kind.ADDED, now[j++]);
        }
        return new WordDiff(diff.parts());
    }

    /** The wording without changes: how the first version shows. */
    public static WordDiff unchanged(String text) {
        String[] words = words(text);
        return new WordDiff(words.length == 0 ? List.of() : List.of(new Part(Kind.SAME, String.join(" ", words))));
    }

    public boolean changed() {
        return parts.stream().anyMatch(part -> !part.same());
    }

    private static String[] words(String text) {
        return text == null || text.isBlank()
                ? new String[0]
                : Arrays.stream(text.strip().split("\\s+")).toArray(String[]::new);
    }

    private static final class Builder {

        private final List<Part> parts = new ArrayList<>();
        private Kind kind;
        private final List<String> run = new ArrayList<>();

        void add(Kind next, String word) {
            if (kind != next) {
                flush();
                kind = next;
            }
            run.add(word);
        }

        List<Part> parts() {
            flush();
            return List.copyOf(parts);
        }

        private void flush() {
            if (!run.isEmpty()) {
                parts.add(new Part(kind, String.join(" ", run)));
                run.clear();
            }
        }
    }
}
