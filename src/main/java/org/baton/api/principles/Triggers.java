package org.baton.api.principles;

import org.baton.decisions.DecisionId;
import org.baton.decisions.Decisions;
import org.baton.intents.IntentId;
import org.baton.intents.Intents;
import org.baton.principles.Governance;
import org.baton.principles.Trigger;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * The feedback that triggered a change must be a decision, intent or review of the caller's organization; a
 * decision or intent open to the whole organization, since the change shows what triggered it to everyone.
 */
@Component
class Triggers {

    private final Decisions decisions;
    private final Intents intents;
    private final Governance governance;

    Triggers(Decisions decisions, Intents intents, Governance governance) {
        this.decisions = decisions;
        this.intents = intents;
        this.governance = governance;
    }

    Trigger resolve(OrganizationId org, TriggerBody body) {
        if (body == null) {
            return null;
        }
        if (body.type() == null || body.id() == null) {
            throw new RuleViolation(
                    body.type() == null ? "trigger.type" : "trigger.id",
                    "trigger.incomplete",
                    "A trigger names its type (DECISION, INTENT or REVIEW) and the id of what triggered the change.");
        }
        switch (body.type()) {
            case DECISION ->
                decisions
                        .find(org, new DecisionId(body.id()))
                        .filter(d -> d.audience().open())
                        .orElseThrow(() -> unknown(body));
            case INTENT ->
                intents.find(org, new IntentId(body.id()))
                        .filter(i -> i.audience().open())
                        .orElseThrow(() -> unknown(body));
            case REVIEW -> {
                try {
                    governance.review(org, body.id());
                } catch (NotFound e) {
                    throw unknown(body);
                }
            }
        }
        return new Trigger(body.type(), body.id());
    }

    private static RuleViolation unknown(TriggerBody body) {
        return new RuleViolation(
                "trigger.id",
                "trigger.unknown",
                "No " + body.type().name().toLowerCase() + " with id " + body.id() + " in this organization.");
    }
}
