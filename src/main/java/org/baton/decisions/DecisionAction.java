package org.baton.decisions;

/** The state changes of a decision, each of which the decision log records. */
public enum DecisionAction {
    RAISED,
    ADVICE_REQUESTED,
    ADVICE_GIVEN,
    REACTED,
    OBJECTION_RAISED,
    OBJECTION_WITHDRAWN,
    OBJECTION_INTEGRATED,
    PROPOSAL_AMENDED,
    FELL_BACK_TO_ADVICE,
    CONTESTED,
    CONTEST_ANSWERED,
    DECIDED,
    RESULT_RECORDED,
    REVIEW_DUE
}
