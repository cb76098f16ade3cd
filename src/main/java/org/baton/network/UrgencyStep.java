package org.baton.network;

/** What a person may do with the urgency group: join it, leave it, or log a conversation as one of its members. */
public enum UrgencyStep {
    JOIN,
    LEAVE,
    LOG_CONVERSATION
}
