package org.baton.decisions;

import java.time.Duration;
import java.time.Instant;
import org.baton.shared.RuleViolation;

/**
 * The time a consent proposal has to pass: until its {@code deadline}; if objections still stand then, the
 * decision falls back to the advice process ({@code fellBackAt}).
 */
public record ConsentRound(Instant deadline, Instant fellBackAt) {

    static final Duration LONGEST = Duration.ofDays(90);

    /** The round a decision made by {@code method} opens now; null when the method is not consent. */
    static ConsentRound open(DecisionMethod method, Duration window, Instant now) {
        if (window.isNegative() || window.isZero()) {
            throw new RuleViolation(
                    "consentWindow",
                    "decision.consentWindow.positive",
                    "The consent window must be a positive duration.");
        }
        if (window.compareTo(LONGEST) > 0) {
            throw new RuleViolation(
                    "consentWindow", "decision.consentWindow.long", "A consent window is at most 90 days.");
        }
        return method == DecisionMethod.CONSENT ? new ConsentRound(now.plus(window), null) : null;
    }

    public boolean fellBack() {
        return fellBackAt != null;
    }

    boolean isOverAt(Instant now) {
        return !now.isBefore(deadline);
    }

    ConsentRound fallBack(Instant now) {
        return new ConsentRound(deadline, now);
    }
}
