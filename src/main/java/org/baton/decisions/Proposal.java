package org.baton.decisions;

import java.time.Instant;

/** One version of what is proposed; amending adds a version and keeps the earlier ones. */
public record Proposal(int version, String text, Instant proposedAt) {}
