package org.baton.principles;

import java.time.Instant;

/** What earlier regeneration reviews left: whether one is still open, and when the last one closed (or null). */
record ReviewHistory(boolean oneOpen, Instant lastClosedAt) {}
