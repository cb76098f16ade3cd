package org.baton.decisions;

import org.baton.shared.RuleViolation;
import org.baton.zones.Zone;

/**
 * What is at stake in a decision, and so the method it is made by. The method follows reversibility and
 * consequence ({@link DecisionMethod#forRisk}); a stricter one is always allowed, a lighter one needs a stated
 * reason. In the centre-intervention zone the centre decides, always by consent.
 */
public record Risk(
        Reversibility reversibility,
        Consequence consequence,
        DecisionMethod recommendedMethod,
        DecisionMethod method,
        String methodReason) {

    static Risk assess(
            Reversibility reversibility, Consequence consequence, DecisionMethod chosen, String reason, Zone zone) {
        if (reversibility == null) {
            throw new RuleViolation(
                    "reversibility",
                    "decision.reversibility.required",
                    "Say whether the decision is easy or hard to reverse.");
        }
        if (consequence == null) {
            throw new RuleViolation(
                    "consequence",
                    "decision.consequence.required",
                    "Say whether the decision's consequence is low or high.");
        }
        boolean centreDecides = zone == Zone.CENTRE_INTERVENTION;
        var recommended = centreDecides ? DecisionMethod.CONSENT : DecisionMethod.forRisk(reversibility, consequence);
        var method = centreDecides || chosen == null ? recommended : chosen;
        String stated = reason == null || reason.isBlank() ? null : reason.strip();
        if (method.isLighterThan(recommended) && stated == null) {
            throw new RuleViolation(
                    "methodReason",
                    "decision.method.lighter",
                    "This decision's risk calls for " + recommended + ". A lighter method needs a stated reason.",
                    recommended);
        }
        return new Risk(reversibility, consequence, recommended, method, stated);
    }

    /** Consent could not be reached: the advice process takes over. */
    Risk fallenBackToAdvice() {
        return new Risk(reversibility, consequence, recommendedMethod, DecisionMethod.ADVICE, methodReason);
    }
}
