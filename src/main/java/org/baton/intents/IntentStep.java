package org.baton.intents;

/**
 * The steps a person may take on an intent. {@link Intent#stepsOpenTo} says which are open to whom, so that
 * the pages and the API offer exactly what the intent itself would accept.
 */
public enum IntentStep {
    /** Raise a reasoned objection while the window runs: anyone but the author. */
    OBJECT,
    /** State it anew, restarting the window: the author, while it is undecided. */
    AMEND,
    /** Take it back: the author, while it is undecided. */
    WITHDRAW,
    /** Turn it into an advice process with the author deciding: the author, while it is undecided. */
    TAKE_TO_ADVICE,
    /** Say what happened once it went ahead: the author, once. */
    RECORD_RESULT
}
