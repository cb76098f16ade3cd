package org.baton.intents;

import java.time.Duration;
import java.time.Instant;
import org.baton.shared.RuleViolation;

/**
 * How long anyone may object to an intent, and until when. Declaring opens the window (48 hours unless the
 * author says otherwise); amending restarts it for its whole length.
 */
record ObjectionWindow(Duration length, Instant deadline) {

    static final Duration DEFAULT_LENGTH = Duration.ofHours(48);
    static final Duration LONGEST = Duration.ofDays(90);

    static ObjectionWindow open(Duration length, Instant now) {
        var chosen = length == null ? DEFAULT_LENGTH : length;
        if (chosen.isZero() || chosen.isNegative()) {
            throw new RuleViolation(
                    "objectionWindow",
                    "intent.window.positive",
                    "The objection window must be a positive duration, e.g. PT48H.");
        }
        if (chosen.compareTo(LONGEST) > 0) {
            throw new RuleViolation(
                    "objectionWindow",
                    "intent.window.long",
                    "An objection window is at most 90 days: silence cannot stand for consent longer than that.");
        }
        return new ObjectionWindow(chosen, now.plus(chosen));
    }

    ObjectionWindow restart(Instant now) {
        return new ObjectionWindow(length, now.plus(length));
    }

    /** Objections are raised strictly before the deadline; at the deadline the window has ended. */
    boolean runsAt(Instant now) {
        return now.isBefore(deadline);
    }
}
