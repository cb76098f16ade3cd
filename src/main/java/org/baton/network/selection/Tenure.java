package org.baton.network.selection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** How long someone has been with the organization, in the bands the coalition's mix weighs. */
public enum Tenure {
    UNDER_ONE_YEAR,
    ONE_TO_THREE_YEARS,
    OVER_THREE_YEARS;

    /** The band of someone who joined at {@code joinedAt}, on {@code today}. */
    public static Tenure of(Instant joinedAt, LocalDate today) {
        var joined = LocalDate.ofInstant(joinedAt, ZoneOffset.UTC);
        if (joined.plusYears(1).isAfter(today)) {
            return UNDER_ONE_YEAR;
        }
        return joined.plusYears(3).isAfter(today) ? ONE_TO_THREE_YEARS : OVER_THREE_YEARS;
    }
}
