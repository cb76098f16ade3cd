package org.baton.api.decisions;

import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.decisions.DecisionId;
import org.baton.decisions.Decisions;

/**
 * The decision a step names, looked up first: ids outside the caller's organization answer 404 before any rule
 * of the step is checked.
 */
final class ExistingDecision {

    private ExistingDecision() {}

    static DecisionId of(Decisions decisions, Caller caller, UUID id) {
        return decisions.get(caller.organizationId(), new DecisionId(id)).id();
    }
}
