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
 * organization) at the top, each with the people who report to them, by name. At most {@code limit} people are
 * placed, so that a big organization's page stays readable and small; each person says how many of the people
 * below them were left out. Reporting lines that run in a circle are broken at the first person met.
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
    private final Set<PersonId> placed = new HashSet<>();
    private final int limit;

    private SideBySideTree(Map<PersonId, Set<NetworkMark>> marks, int limit) {
        this.marks = marks;
        this.limit = limit;
    }

    /** The top of the hierarchy, by name, each with everyone below them (up to {@code limit} people in all). */
    public static Hierarchy of(List<Line> people, Map<PersonId, Set<NetworkMark>> marks, int limit) {
        var tree = new SideBySideTree(marks, limit);
        var known = new HashSet<PersonId>();
        people.forEach(line -> known.add(line.personId()));
        var byName = people.stream()
                .sorted(Comparator.comparing(Line::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(line -> line.personId().value()))
                .toList();
        var tops = new ArrayList<Line>();
        for (var line : byName) {
            if (line.reportsTo() == null || !known.contains(line.reportsTo())) {
                tops.add(line);
            } else {
                tree.reportsOf
                        .computeIfAbsent(line.reportsTo(), k -> new ArrayList<>())
                        .add(line);
            }
        }
        var roots = new ArrayList<Node>();
        for (var top : tops) {
            if (!tree.full()) {
                roots.add(tree.place(top));
            }
        }
        for (var line : byName) {
            if (!tree.placed.contains(line.personId()) && !tree.full()) {
                roots.add(tree.place(line));
            }
        }
        return new Hierarchy(roots, people.size() - tree.placed.size());
    }

    private Node place(Line line) {
        placed.add(line.personId());
        var reports = new ArrayList<Node>();
        int notShown = 0;
        for (var report : reportsOf.getOrDefault(line.personId(), List.of())) {
            if (placed.contains(report.personId())) {
                continue;
            }
            if (full()) {
                notShown += 1 + countBelow(report, new HashSet<>());
            } else {
                reports.add(place(report));
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

    private boolean full() {
        return placed.size() >= limit;
    }
}
