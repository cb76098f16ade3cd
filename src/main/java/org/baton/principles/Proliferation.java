package org.baton.principles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Proliferation: more than five active values are hard to keep in mind, and more than three active principles
 * under one value turn guidance into rules. Warned of, never refused.
 */
final class Proliferation {

    static final int MAX_VALUES = 5;
    static final int MAX_PRINCIPLES_PER_VALUE = 3;

    private Proliferation() {}

    static List<Warning> warnings(Collection<Value> values, Collection<Principle> principles) {
        var warnings = new ArrayList<Warning>();
        var active = values.stream().filter(Value::active).toList();
        if (active.size() > MAX_VALUES) {
            warnings.add(new Warning(
                    "proliferation.values",
                    "There are " + active.size() + " values; more than " + MAX_VALUES
                            + " are hard to keep in mind. Consider merging or retiring some.",
                    List.of(Integer.toString(active.size()), Integer.toString(MAX_VALUES))));
        }
        Map<ValueId, Long> perValue = principles.stream()
                .filter(Principle::active)
                .collect(Collectors.groupingBy(Principle::valueId, Collectors.counting()));
        for (Value value : active) {
            long count = perValue.getOrDefault(value.id(), 0L);
            if (count > MAX_PRINCIPLES_PER_VALUE) {
                warnings.add(new Warning(
                        "proliferation.principles",
                        "'" + value.name() + "' has " + count + " active principles; more than "
                                + MAX_PRINCIPLES_PER_VALUE + " turn guidance into rules.",
                        List.of(value.name(), Long.toString(count), Integer.toString(MAX_PRINCIPLES_PER_VALUE))));
            }
        }
        return warnings;
    }
}
