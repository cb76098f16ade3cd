package org.baton.network;

/**
 * Where a coalition call stands: OPEN for applications until its closing date has passed or the panel closes it;
 * CLOSED while the panel weighs a selection; ADOPTING while the adopted selection waits for the panel's consent;
 * FORMED once that decision is made and the people picked sit on the coalition.
 */
public enum CoalitionCallStatus {
    OPEN,
    CLOSED,
    ADOPTING,
    FORMED
}
