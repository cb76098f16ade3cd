package org.baton.decisions;

/** How a decision is made, from the lightest to the strictest. */
public enum DecisionMethod {
    /** Decide, and inform; ask forgiveness rather than permission. */
    DECIDE_ALONE,
    /** Decide after hearing the peers it impacts. */
    CONSULT_IMPACTED,
    /** One decider asks the impacted and the experts for advice, records it, then decides. */
    ADVICE,
    /** Passes when no reasoned objection remains. */
    CONSENT;

    /** The method a decision's risk calls for. */
    public static DecisionMethod forRisk(Reversibility reversibility, Consequence consequence) {
        if (reversibility == Reversibility.EASY) {
            return consequence == Consequence.LOW ? DECIDE_ALONE : CONSULT_IMPACTED;
        }
        return consequence == Consequence.LOW ? ADVICE : CONSENT;
    }

    public boolean isLighterThan(DecisionMethod other) {
        return ordinal() < other.ordinal();
    }
}
