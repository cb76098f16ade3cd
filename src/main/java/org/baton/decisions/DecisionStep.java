package org.baton.decisions;

/**
 * The steps a person may take on a decision. {@link Decision#stepsOpenTo} says which are open to whom, so that
 * the pages and the API show exactly what the decision itself would accept.
 */
public enum DecisionStep {
    REQUEST_ADVICE,
    GIVE_ADVICE,
    REACT,
    ANSWER_CONSULTATION,
    AMEND,
    DECIDE,
    CONTEST,
    RECORD_RESULT
}
