package org.baton.web.dashboard;

import java.time.Duration;
import java.time.Instant;
import org.baton.shared.Awaiting;

/**
 * One line of "needs me" on the dashboard: the page to answer on, and how far off the deadline is in words
 * ({@code dashboard.needs.due.*} with a number of hours or days).
 */
record NeedLine(Awaiting need, String href, String dueKey, long dueIn) {

    static NeedLine of(Awaiting need, Instant now) {
        var href =
                switch (need.subjectType()) {
                    case "DECISION" -> "/decisions/" + need.subjectId();
                    case "INTENT" -> "/intents/" + need.subjectId();
                    case "MISSION" -> "/missions/" + need.subjectId();
                    case "REVIEW" -> "/reviews/" + need.subjectId();
                    default -> "/";
                };
        if (need.deadline() == null) {
            return new NeedLine(need, href, null, 0);
        }
        var left = Duration.between(now, need.deadline());
        if (left.isNegative() || left.isZero()) {
            return new NeedLine(need, href, "dashboard.needs.due.passed", 0);
        }
        // Rounded up: a round closing in 2 days and 23 hours closes "in 3 days", never sooner than it says.
        long hours = ceil(left, Duration.ofHours(1));
        if (hours < 48) {
            return new NeedLine(need, href, "dashboard.needs.due.hours", hours);
        }
        return new NeedLine(need, href, "dashboard.needs.due.days", ceil(left, Duration.ofDays(1)));
    }

    private static long ceil(Duration left, Duration unit) {
        return (left.toMillis() + unit.toMillis() - 1) / unit.toMillis();
    }

    public String kindKey() {
        return "dashboard.needs.kind." + need.kind();
    }
}
