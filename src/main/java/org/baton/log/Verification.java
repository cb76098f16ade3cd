package org.baton.log;

import java.util.UUID;

/** The outcome of checking an organization's hash chain, entry by entry from the first. */
public record Verification(boolean valid, long entries, Long firstBrokenSequence, UUID firstBrokenEntry) {}
