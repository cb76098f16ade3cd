package org.baton.decisions;

/**
 * What a made decision is flagged for, for human attention: a flag assists learning and never vetoes
 * (DOMAIN.md §10). {@link #PRINCIPLE_UNCITED}: made in the principle-check zone without citing a principle.
 */
public enum DecisionFlag {
    PRINCIPLE_UNCITED
}
