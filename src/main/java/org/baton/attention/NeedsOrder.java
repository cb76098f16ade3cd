package org.baton.attention;

import java.util.Comparator;
import org.baton.shared.Awaiting;

/** What needs me comes soonest deadline first; what has no deadline comes after, by kind, then by title. */
final class NeedsOrder {

    static final Comparator<Awaiting> SOONEST_FIRST = Comparator.comparing(
                    Awaiting::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Awaiting::kind)
            .thenComparing(Awaiting::title, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Awaiting::subjectId);

    private NeedsOrder() {}
}
