package org.baton.network;

/** Where someone sits in the leadership network, shown beside their name in the hierarchy. */
public enum NetworkMark {
    LEADERSHIP_TEAM,
    COALITION,
    URGENCY_GROUP
}
