package org.baton.log;

import java.util.UUID;

/**
 * The outcome of checking an organization's hash chain, entry by entry from the first. {@code keying} says
 * whether the chain is keyed with the configured log key; a chain written with another key cannot be checked
 * and is reported as such, not as broken at its first entry.
 */
public record Verification(
        boolean valid, long entries, Long firstBrokenSequence, UUID firstBrokenEntry, Keying keying) {

    public enum Keying {
        /** Keyed (HMAC-SHA-256) with the configured log key. */
        KEYED,
        /** Still hashed with plain SHA-256: written before the key, and not re-keyed because it did not hold. */
        UNKEYED,
        /** Keyed with a key other than the configured one: the log key does not match the one it was written with. */
        OTHER_KEY
    }

    /** Whether the chain is keyed with the configured log key. */
    public boolean keyed() {
        return keying == Keying.KEYED;
    }

    /** Whether the configured log key is not the one the chain was written with. */
    public boolean keyMismatch() {
        return keying == Keying.OTHER_KEY;
    }
}
