package org.baton.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The dates Baton accepts: the years 1 to 9999, which every part of it (and PostgreSQL) can store and show. */
public final class Calendar {

    public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private static final Instant FIRST_INSTANT = EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LAST_INSTANT =
            LATEST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);

    private Calendar() {}

    /** Whether {@code value}, a date or a moment, lies in the years Baton accepts; anything else does. */
    public static boolean accepts(Object value) {
        return switch (value) {
            case LocalDate date -> !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
            case Instant instant -> !instant.isBefore(FIRST_INSTANT) && !instant.isAfter(LAST_INSTANT);
            case OffsetDateTime moment -> accepts(moment.toInstant());
            case null, default -> true;
        };
    }
}
