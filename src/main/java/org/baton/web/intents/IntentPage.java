package org.baton.web.intents;

import java.util.EnumSet;
import java.util.Set;
import org.baton.intents.Intent;
import org.baton.intents.IntentStep;

/**
 * What an intent's page offers one viewer: the steps the intent itself says are open to them now
 * ({@link Intent#stepsOpenTo}), so the page shows exactly the forms the intent would accept.
 */
record IntentPage(Intent intent, Set<IntentStep> steps) {

    private static final Set<IntentStep> AUTHORS_MOVES =
            EnumSet.of(IntentStep.AMEND, IntentStep.WITHDRAW, IntentStep.TAKE_TO_ADVICE);

    IntentPage {
        steps = Set.copyOf(steps);
    }

    /** Whether the step named (an {@link IntentStep}, e.g. {@code 'OBJECT'}) is open to the viewer. */
    public boolean can(String step) {
        return steps.contains(IntentStep.valueOf(step));
    }

    /** Whether the author's panel has anything to offer: amending, withdrawing or taking it to advice. */
    public boolean hasAMove() {
        return AUTHORS_MOVES.stream().anyMatch(steps::contains);
    }
}
