package org.baton.network;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.baton.homebases.HomeBaseId;

/**
 * The arithmetic of reach, apart from how it is read: given each person of the organization with when they were
 * enrolled, their home base and when they were first reached (null if never), the shares now and at the end of each of
 * the last weeks. Weeks start on Monday, in UTC; the point of this week is now. A share among nobody is 0.
 */
final class UrgencyReachTally {

    /** One person of the organization as reach sees them; {@code homeBaseId} and {@code reachedAt} may be null. */
    record Reachable(HomeBaseId homeBaseId, String homeBaseName, Instant enrolledAt, Instant reachedAt) {

        boolean enrolledBy(Instant t) {
            return !enrolledAt.isAfter(t);
        }

        boolean reachedBy(Instant t) {
            return reachedAt != null && !reachedAt.isAfter(t);
        }
    }

    private UrgencyReachTally() {}

    static UrgencyReach of(List<Reachable> people, Instant now) {
        var thisWeek =
                LocalDate.ofInstant(now, ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var series = new ArrayList<UrgencyReach.WeekPoint>();
        for (int back = UrgencyReach.WEEKS - 1; back >= 0; back--) {
            var week = thisWeek.minusWeeks(back);
            var end = week.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            series.add(pointAt(people, week, back == 0 || end.isAfter(now) ? now : end.minus(Duration.ofNanos(1))));
        }
        var current = series.getLast();
        return new UrgencyReach(current.overall(), current.reached(), current.people(), current.byHomeBase(), series);
    }

    private static UrgencyReach.WeekPoint pointAt(List<Reachable> people, LocalDate week, Instant end) {
        int enrolled = 0;
        int reached = 0;
        var perHomeBase = new LinkedHashMap<HomeBaseId, int[]>();
        var names = new LinkedHashMap<HomeBaseId, String>();
        for (var person : people) {
            if (!person.enrolledBy(end)) {
                continue;
            }
            boolean isReached = person.reachedBy(end);
            enrolled++;
            reached += isReached ? 1 : 0;
            if (person.homeBaseId() != null) {
                names.putIfAbsent(person.homeBaseId(), person.homeBaseName());
                var counts = perHomeBase.computeIfAbsent(person.homeBaseId(), id -> new int[2]);
                counts[0]++;
                counts[1] += isReached ? 1 : 0;
            }
        }
        var byHomeBase = new ArrayList<UrgencyReach.HomeBaseShare>();
        perHomeBase.forEach((id, counts) -> byHomeBase.add(
                new UrgencyReach.HomeBaseShare(id, names.get(id), share(counts[1], counts[0]), counts[1], counts[0])));
        byHomeBase.sort(Comparator.comparing(
                        (UrgencyReach.HomeBaseShare h) -> h.name() == null ? "" : h.name(),
                        String.CASE_INSENSITIVE_ORDER)
                .thenComparing(h -> h.homeBaseId().value()));
        return new UrgencyReach.WeekPoint(week, share(reached, enrolled), reached, enrolled, byHomeBase);
    }

    /** A share rounded to four decimals, so that 1 of 3 reads 0.3333. */
    static double share(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
