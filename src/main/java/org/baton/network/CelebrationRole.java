package org.baton.network;

/** The part someone took in a mission on the celebrations wall. */
public enum CelebrationRole {
    LEADER,
    MEMBER
}
