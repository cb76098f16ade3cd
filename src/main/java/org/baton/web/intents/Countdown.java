package org.baton.web.intents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How long an objection window still runs, in words ("ends in 1 day 4 hours", "ended"), from Baton's clock
 * rather than the browser's. Exposed to templates as {@code @countdown}.
 */
@Component("countdown")
public class Countdown {

    private final Clock clock;
    private final MessageSource messages;

    Countdown(Clock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
    }

    public boolean ended(Instant deadline) {
        return deadline == null || !Instant.now(clock).isBefore(deadline);
    }

    /** The time left, in the two largest units that matter. */
    public String left(Instant deadline) {
        if (ended(deadline)) {
            return message("countdown.ended");
        }
        var left = Duration.between(Instant.now(clock), deadline);
        long days = left.toDays();
        long hours = left.toHoursPart();
        long minutes = left.toMinutesPart();
        String span;
        if (days > 0) {
            span = hours > 0
                    ? message("countdown.days", days) + " " + message("countdown.hours", hours)
                    : message("countdown.days", days);
        } else if (hours > 0) {
            span = minutes > 0
                    ? message("countdown.hours", hours) + " " + message("countdown.minutes", minutes)
                    : message("countdown.hours", hours);
        } else if (minutes > 0) {
            span = message("countdown.minutes", minutes);
        } else {
            span = message("countdown.underAMinute");
        }
        return message("countdown.endsIn", span);
    }

    /** The words the page's script counts down with; "{0}" in {@code endsIn} stands for the time left. */
    public record Words(
            String ended,
            String endsIn,
            String day,
            String days,
            String hour,
            String hours,
            String minute,
            String minutes,
            String under) {}

    public Words words() {
        return new Words(
                message("countdown.ended"),
                message("countdown.endsIn", "{0}"),
                message("countdown.days", 1),
                message("countdown.days", 2),
                message("countdown.hours", 1),
                message("countdown.hours", 2),
                message("countdown.minutes", 1),
                message("countdown.minutes", 2),
                message("countdown.underAMinute"));
    }

    /** Baton's now, for the page's script to count down from the same clock. */
    public long nowMillis() {
        return Instant.now(clock).toEpochMilli();
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }
}
