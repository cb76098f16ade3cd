package org.baton.notifications;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * A digest groups its items per subject rather than per event: one entry per decision or intent, its events under
 * it newest first, and the entries with the most recent news first. The entry carries the newest title, since a
 * proposal may have been renamed during the day. Items without a subject (an account notice) are entries of their
 * own.
 */
final class DigestEntries {

    /** One decision, intent or other subject of the digest, with what happened to it. */
    record Entry(String subjectType, java.util.UUID subjectId, String title, List<DigestItem> events) {}

    private DigestEntries() {}

    static List<Entry> of(List<DigestItem> items) {
        var newestFirst = new ArrayList<>(items);
        newestFirst.sort(Comparator.comparing(DigestItem::at).reversed());
        var groups = new LinkedHashMap<Object, List<DigestItem>>();
        for (int i = 0; i < newestFirst.size(); i++) {
            var item = newestFirst.get(i);
            Object key = item.subjectId() == null ? i : List.of(item.subjectType(), item.subjectId());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
        }
        return groups.values().stream()
                .map(events -> {
                    var newest = events.getFirst();
                    return new Entry(
                            newest.subjectType(), newest.subjectId(), Objects.toString(newest.title(), ""), events);
                })
                .toList();
    }
}
