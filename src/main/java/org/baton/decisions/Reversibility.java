package org.baton.decisions;

public enum Reversibility {
    EASY,
    HARD
}
