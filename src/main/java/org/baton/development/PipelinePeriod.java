package org.baton.development;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import org.baton.shared.Calendar;
import org.baton.shared.RuleViolation;

/**
 * The days the leadership pipeline is read over, both included: at most {@value #MAX_QUARTERS} calendar quarters
 * (a longer period says little about a pipeline and costs a lot to draw), in the years Baton accepts
 * ({@link Calendar}). Without dates, the last
 * {@value #DEFAULT_QUARTERS} calendar quarters up to today.
 */
public record PipelinePeriod(LocalDate from, LocalDate to) {

    /** The most calendar quarters a period may touch. */
    public static final int MAX_QUARTERS = 40;

    /** How many calendar quarters, this one included, a period covers when nobody says. */
    public static final int DEFAULT_QUARTERS = 4;

    public PipelinePeriod {
        requireInCalendar("from", from);
        requireInCalendar("to", to);
        if (from.isAfter(to)) {
            throw new RuleViolation("to", "pipeline.period.order", "The period cannot end before it starts.");
        }
        if (quartersBetween(from, to) > MAX_QUARTERS) {
            throw new RuleViolation(
                    "from",
                    "pipeline.period.long",
                    "A period spans at most " + MAX_QUARTERS + " calendar quarters.",
                    MAX_QUARTERS);
        }
    }

    /**
     * The period asked for: either end may be left out. Without {@code to}, it ends today; without {@code from}, it
     * starts {@value #DEFAULT_QUARTERS} calendar quarters back, counting the quarter it ends in.
     */
    public static PipelinePeriod of(LocalDate from, LocalDate to, LocalDate today) {
        requireInCalendar("from", from);
        requireInCalendar("to", to);
        var end = to == null ? today : to;
        var start = from == null ? Quarter.containing(end).from().minusMonths(3L * (DEFAULT_QUARTERS - 1)) : from;
        return new PipelinePeriod(start, end);
    }

    /** Both ends lie in the years Baton accepts ({@link Calendar}): the quarters around them can be counted. */
    private static void requireInCalendar(String field, LocalDate day) {
        if (day != null && !Calendar.accepts(day)) {
            throw new RuleViolation(
                    field,
                    "pipeline.period.calendar",
                    "A period lies in the years " + Calendar.EARLIEST.getYear() + " to " + Calendar.LATEST.getYear()
                            + ".",
                    Calendar.EARLIEST.getYear(),
                    Calendar.LATEST.getYear());
        }
    }

    /** Whether a stretch from {@code start} to {@code end} (null: not ended) shares a day with the period. */
    boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(to) && (end == null || !end.isBefore(from));
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The calendar quarters the period touches, each cut to the period's days. */
    public List<Quarter> quarters() {
        var quarters = new ArrayList<Quarter>();
        for (var q = Quarter.containing(from); !q.from().isAfter(to); q = Quarter.containing(q.to().plusDays(1))) {
            quarters.add(new Quarter(
                    q.label(), q.from().isBefore(from) ? from : q.from(), q.to().isAfter(to) ? to : q.to()));
        }
        return quarters;
    }

    private static long quartersBetween(LocalDate from, LocalDate to) {
        return index(to) - index(from) + 1;
    }

    private static long index(LocalDate day) {
        return day.getYear() * 4L + day.get(IsoFields.QUARTER_OF_YEAR) - 1;
    }

    /**
     * A calendar quarter, or the part of one that lies in a period.
     *
     * @param label the quarter as people write it, such as {@code 2026-Q4}
     */
    public record Quarter(String label, LocalDate from, LocalDate to) {

        static Quarter containing(LocalDate day) {
            int number = day.get(IsoFields.QUARTER_OF_YEAR);
            var start = LocalDate.of(day.getYear(), (number - 1) * 3 + 1, 1);
            return new Quarter(
                    day.getYear() + "-Q" + number, start, start.plusMonths(3).minusDays(1));
        }

        PipelinePeriod period() {
            return new PipelinePeriod(from, to);
        }
    }
}
