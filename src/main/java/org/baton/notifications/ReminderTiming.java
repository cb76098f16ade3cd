package org.baton.notifications;

import java.time.Duration;
import java.time.Instant;

/**
 * Someone who has not answered is reminded once, {@code before} a window closes (24 hours unless configured):
 * from that moment until the window's end. A window that has closed reminds nobody.
 */
record ReminderTiming(Duration before) {

    static final Duration DEFAULT = Duration.ofHours(24);

    ReminderTiming {
        if (before == null || before.isNegative() || before.isZero()) {
            throw new IllegalArgumentException("baton.reminders.before must be a positive duration: " + before);
        }
    }

    /** Windows closing by this moment are the ones to remind of now. */
    Instant horizon(Instant now) {
        return now.plus(before);
    }

    boolean due(Instant windowEnd, Instant now) {
        return !now.isBefore(windowEnd.minus(before)) && now.isBefore(windowEnd);
    }
}
