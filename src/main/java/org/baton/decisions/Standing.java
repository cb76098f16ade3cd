package org.baton.decisions;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;

/**
 * Where a decision stands: who decides it, by which method (its {@link Risk}), its consent round if it has one
 * (null otherwise), until when its decider waits for the people it consults (null unless it consults the
 * impacted), and once made its outcome, and later its actual result (each null until then). Each transition
 * returns the next standing, or refuses.
 */
public record Standing(
        PersonId deciderId,
        Risk risk,
        ConsentRound consentRound,
        Instant consultUntil,
        Outcome outcome,
        Result result) {

    public boolean open() {
        return outcome == null;
    }

    public boolean byConsent() {
        return risk.method() == DecisionMethod.CONSENT;
    }

    public boolean fellBack() {
        return consentRound != null && consentRound.fellBack();
    }

    public boolean isDecider(PersonId person) {
        return person != null && person.equals(deciderId);
    }

    /** A consent round that is over falls back while it is still open; whether anything stands in the way is the decision's to say. */
    boolean fallBackDue(Instant now) {
        return open() && byConsent() && consentRound != null && consentRound.isOverAt(now);
    }

    /** The advice process takes over, with {@code decider} deciding. */
    Standing fallenBack(PersonId decider, Instant now) {
        return new Standing(
                decider, risk.fallenBackToAdvice(), consentRound.fallBack(now), consultUntil, outcome, result);
    }

    Standing decided(Outcome made) {
        requireOpen();
        return new Standing(deciderId, risk, consentRound, consultUntil, made, result);
    }

    /** The actual result, once the decision is made; recorded once, corrections are new decisions. */
    Standing resulted(String actual, Instant now) {
        if (open()) {
            throw new RuleViolation(
                    null, "decision.result.notDecided", "A result is recorded once the decision is made.");
        }
        if (result != null) {
            throw new StateConflict(
                    "decision.result.recorded", "The result is recorded already; add a correcting decision instead.");
        }
        return new Standing(deciderId, risk, consentRound, consultUntil, outcome, Result.of(actual, now));
    }

    /** A decided decision is never edited. */
    void requireOpen() {
        if (!open()) {
            throw new RuleViolation(
                    null,
                    "decision.decided",
                    "This decision is made; it is never edited. Raise a correcting decision instead.");
        }
    }

    /** Reactions and objections belong to an open consent round. */
    void requireConsentRound() {
        requireOpen();
        if (!byConsent()) {
            throw new RuleViolation(
                    null,
                    "decision.notConsent",
                    "This decision is made by " + risk.method() + ", not by consent: give advice instead.",
                    risk.method());
        }
    }

    void requireDecider(PersonId by, String what) {
        if (!isDecider(by)) {
            throw new NotPermitted("Only the decider may " + what + ".");
        }
    }

    void requireDeciderWhileOpen(PersonId by, String what) {
        requireOpen();
        requireDecider(by, what);
    }
}
