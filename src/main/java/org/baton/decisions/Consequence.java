package org.baton.decisions;

public enum Consequence {
    LOW,
    HIGH
}
