package org.baton.homebases;

import java.util.List;

/** What a home base works within: whom it serves, how it measures success, what comes first, its budget. */
public record HomeBaseContext(
        List<String> customers, List<String> successMetrics, List<String> priorities, String budget) {

    public static final HomeBaseContext EMPTY = new HomeBaseContext(List.of(), List.of(), List.of(), "");

    public HomeBaseContext {
        customers = clean(customers);
        successMetrics = clean(successMetrics);
        priorities = clean(priorities);
        budget = budget == null ? "" : budget.strip();
    }

    static List<String> clean(List<String> lines) {
        return lines == null
                ? List.of()
                : lines.stream()
                        .filter(l -> l != null && !l.isBlank())
                        .map(String::strip)
                        .toList();
    }
}
