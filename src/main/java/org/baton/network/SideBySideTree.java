package org.baton.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.baton.people.PersonId;

/**
 * The management hierarchy as a tree of reporting lines: people without a manager (or whose manager is not in the
 * organization) at the top, each with the people who report to them, by name. Everyone with a network mark
 * (leadership team, coalition, urgency group) is always placed, with their chain of managers up to the top, so
 * that a big organization shows where its network sits; others fill the tree, in name order and depth first, up
 * to {@code limit} people in all. Each person says how many of the people below them were left out. Reporting lines
 * that run in a circle are broken at the first person met.
 */
public final class SideBySideTree {

    /** Someone in the hierarchy: their network memberships and who reports to them. */
    public record Node(PersonId personId, String name, List<NetworkMark> marks, List<Node> reports, int notShown) {

        public Node {
            marks = marks.stream().sorted().toList();
            reports = List.copyOf(reports);
        }

        /** Everyone below this person, shown or not. */
        public int below() {
            return notShown + reports.stream().mapToInt(r -> 1 + r.below()).sum();
        }
    }

    /** The hierarchy: its top, by name, and how many people in all did not fit on the page. */
    public record Hierarchy(List<Node> tops, int notShown) {

        public Hierarchy {
            tops = List.copyOf(tops);
        }
    }

    /** A person as the hierarchy reads them: who they report to, if anyone. */
    public record Line(PersonId personId, String name, PersonId reportsTo) {}

    private final Map<PersonId, List<Line>> reportsOf = new HashMap<>();
    private final Map<PersonId, Set<NetworkMark>> marks;
    private final Set<PersonId> kept = new HashSet<>();
    private final Set<PersonId> placed = new HashSet<>();
    private int room;

    private SideBySideTree(Map<PersonId, Set<NetworkMark>> marks) {
        this.marks = marks;
    }

    /**
     * The top of the hierarchy, by name, each with everyone below them that is placed: every marked person and
     * their managers, then others up to {@code limit} people in all.
     */
    public static Hierarchy of(List<Line> people, Map<PersonId, Set<NetworkMark>> marks, int limit) {
        var tree = new SideBySideTree(marks);
        var byId = new HashMap<PersonId, Line>();
        people.forEach(line -> byId.put(line.personId(), line));
        var byName = people.stream()
                .sorted(Comparator.comparing(Line::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(line -> line.personId().value()))
                .toList();
        var tops = new ArrayList<Line>();
        for (var line : byName) {
            if (line.reportsTo() == null || !byId.containsKey(line.reportsTo())) {
                tops.add(line);
            } else {
                tree.reportsOf
                        .computeIfAbsent(line.reportsTo(), k -> new ArrayList<>())
                        .add(line);
            }
        }
        tree.keepMarkedWithTheirManagers(byId);
        tree.room = Math.max(0, limit - tree.kept.size());
        var roots = new ArrayList<Node>();
        for (var top : tops) {
            if (tree.takes(top)) {
                roots.add(tree.place(top));
            }
        }
        for (var line : byName) {
            if (!tree.placed.contains(line.personId()) && tree.takes(line)) {
                roots.add(tree.place(line));
            }
        }
        return new Hierarchy(roots, people.size() - tree.placed.size());
    }

    /** Every marked person of the organization and, up the reporting lines, each of their managers. */
    private void keepMarkedWithTheirManagers(Map<PersonId, Line> byId) {
        for (var marked : marks.keySet()) {
            var line = byId.get(marked);
            while (line != null && kept.add(line.personId())) {
                line = line.reportsTo() == null ? null : byId.get(line.reportsTo());
            }
        }
    }

    /** Whether the person is placed: always when kept, else while there is room (taking a place). */
    private boolean takes(Line line) {
        if (kept.contains(line.personId())) {
            return true;
        }
        if (room > 0) {
            room--;
            return true;
        }
        return false;
    }

    private Node place(Line line) {
        placed.add(line.personId());
        var reports = new ArrayList<Node>();
        int notShown = 0;
        for (var report : reportsOf.getOrDefault(line.personId(), List.of())) {
            if (placed.contains(report.personId())) {
                continue;
            }
            if (takes(report)) {
                reports.add(place(report));
            } else {
                notShown += 1 + countBelow(report, new HashSet<>());
            }
        }
        return new Node(
                line.personId(),
                line.name(),
                List.copyOf(marks.getOrDefault(line.personId(), Set.of())),
                reports,
                notShown);
    }

    private int countBelow(Line line, Set<PersonId> seen) {
        seen.add(line.personId());
        int count = 0;
        for (var report : reportsOf.getOrDefault(line.personId(), List.of())) {
            if (!placed.contains(report.personId()) && seen.add(report.personId())) {
                count += 1 + countBelow(report, seen);
            }
        }
        return count;
    }
}
