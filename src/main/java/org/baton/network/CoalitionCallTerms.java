package org.baton.network;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/** What a call offers: its seats (1 to 200), the date it closes on, and the criteria applicants are weighed by. */
public record CoalitionCallTerms(int seats, LocalDate closesOn, String criteria) {

    public CoalitionCallTerms {
        if (seats < 1 || seats > CoalitionCall.MAX_SEATS) {
            throw new RuleViolation(
                    "seats",
                    "network.coalition.seats.range",
                    "A call has 1 to " + CoalitionCall.MAX_SEATS + " seats.",
                    CoalitionCall.MAX_SEATS);
        }
        if (closesOn == null) {
            throw new RuleViolation("closesOn", "network.coalition.closesOn.required", "Say when the call closes.");
        }
        criteria = TextLimits.require("criteria", criteria == null ? "" : criteria.strip(), TextLimits.TEXT);
    }

    /** Whether its closing date (the whole day, UTC) has passed by {@code now}. */
    public boolean passed(Instant now) {
        return today(now).isAfter(closesOn);
    }

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
