package org.baton.notifications;

/**
 * How a person wants to hear of one kind of notice beyond the inbox: by mail at once, in the daily digest, or not
 * at all. The inbox always receives the item: it is the record of what concerned someone (ADR 0016).
 */
public enum Delivery {
    IMMEDIATELY,
    DIGEST,
    OFF
}
