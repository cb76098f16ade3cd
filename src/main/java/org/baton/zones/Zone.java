package org.baton.zones;

/** How far a decision in an area travels from the people closest to the work. */
public enum Zone {
    /** The team decides. */
    LOCAL,
    /** The team decides, citing at least one active principle it applied. */
    PRINCIPLE_CHECK,
    /** The team decides and the centre is informed. */
    CENTRE_AWARENESS,
    /** The centre decides, by consent: reserved for what would touch a core value. */
    CENTRE_INTERVENTION
}
