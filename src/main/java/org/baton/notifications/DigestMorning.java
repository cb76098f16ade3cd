package org.baton.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a person's daily digest is due: once their local time of day, in their own time zone, has reached the digest
 * hour on a day later than the day of their last digest. On a day a clock change skips the hour, the digest goes at
 * the first local time after it. {@link DigestItems#due} asks the same of the database for everyone at once.
 */
record DigestMorning(int hour) {

    DigestMorning {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("baton.digest.hour must be between 0 and 23");
        }
    }

    /** The local date of the digest due now, or nothing when it is not yet this person's morning or it went today. */
    Optional<LocalDate> dueOn(ZoneId zone, Instant now, LocalDate lastDigest) {
        var local = now.atZone(zone);
        boolean morningHasCome = !local.toLocalTime().isBefore(LocalTime.of(hour, 0));
        boolean notYetToday = lastDigest == null || lastDigest.isBefore(local.toLocalDate());
        return morningHasCome && notYetToday ? Optional.of(local.toLocalDate()) : Optional.empty();
    }
}
