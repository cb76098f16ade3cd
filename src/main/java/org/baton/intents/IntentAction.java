package org.baton.intents;

/** The state changes of an intent, each of which the decision log records. */
public enum IntentAction {
    DECLARED,
    OBJECTION_RAISED,
    AMENDED,
    WITHDRAWN,
    PROCEEDING,
    TAKEN_TO_ADVICE,
    RESULT_RECORDED
}
