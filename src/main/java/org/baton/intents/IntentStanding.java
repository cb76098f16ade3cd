package org.baton.intents;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;

/**
 * Where an intent stands for whoever would act on it: who declared it, its status, its objection window and
 * whether its result is recorded. One rule says which steps are open to whom and why a closed one is refused,
 * so the intent's guards and the pages that offer its steps cannot tell different stories.
 */
record IntentStanding(PersonId author, IntentStatus status, ObjectionWindow window, String result) {

    Set<IntentStep> stepsOpenTo(PersonId viewer, Instant now) {
        var open = EnumSet.noneOf(IntentStep.class);
        for (var step : IntentStep.values()) {
            if (refusal(step, viewer, now) == null) {
                open.add(step);
            }
        }
        return open;
    }

    /** Refuses {@code step} unless it is open to {@code by} at {@code now}. */
    void require(IntentStep step, PersonId by, Instant now) {
        var refusal = refusal(step, by, now);
        if (refusal != null) {
            throw refusal.get();
        }
    }

    /** Why {@code step} is closed to {@code by} at {@code now}; null when it is open. */
    private Supplier<RuntimeException> refusal(IntentStep step, PersonId by, Instant now) {
        boolean isAuthor = author.equals(by);
        return switch (step) {
            case OBJECT -> {
                if (!status.undecided()) {
                    yield () ->
                            new RuleViolation(null, "intent.closed", "Objections are raised while the intent is open.");
                }
                if (!window.runsAt(now)) {
                    yield () -> new RuleViolation(null, "intent.windowEnded", "The objection window has ended.");
                }
                // The author answers objections (amends, withdraws, takes it to advice) rather than raising one.
                yield isAuthor
                        ? () -> new NotPermitted("The person who declared this intent amends or withdraws it instead.")
                        : null;
            }
            case AMEND -> whileUndecided(isAuthor, "amend");
            case WITHDRAW -> whileUndecided(isAuthor, "withdraw");
            case TAKE_TO_ADVICE -> whileUndecided(isAuthor, "take into an advice process");
            case RECORD_RESULT -> {
                if (!isAuthor) {
                    yield onlyTheAuthor("record the result of");
                }
                if (!status.wentAhead()) {
                    yield () -> new RuleViolation(
                            null,
                            "intent.result.notProceeding",
                            "A result is recorded once the intent has gone ahead.");
                }
                yield result == null
                        ? null
                        : () -> new StateConflict("intent.result.recorded", "The result is recorded already.");
            }
        };
    }

    private Supplier<RuntimeException> whileUndecided(boolean isAuthor, String what) {
        if (!isAuthor) {
            return onlyTheAuthor(what);
        }
        return status.undecided()
                ? null
                : () -> new RuleViolation(null, "intent.closed", "This intent is " + status.label() + " already.");
    }

    private static Supplier<RuntimeException> onlyTheAuthor(String what) {
        return () -> new NotPermitted("Only the person who declared this intent may " + what + " it.");
    }
}
