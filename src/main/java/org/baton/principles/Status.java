package org.baton.principles;

/** Values and principles are active until retired; retiring is a version, never a delete. */
public enum Status {
    ACTIVE,
    RETIRED
}
