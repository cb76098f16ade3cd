package org.baton.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing. Each key (an account's email, a client address) has a few free failed
 * attempts; after them every further failure blocks the key for a time that doubles, from one second up to
 * fifteen minutes. While a key is blocked no password is even checked. Failures are forgotten an hour after the
 * last one, or when the key signs in. Holds at most {@code capacity} keys, forgetting the least recently failed.
 */
final class SignInThrottle {

    static final Duration LONGEST_BLOCK = Duration.ofMinutes(15);
    static final Duration MEMORY = Duration.ofHours(1);

    private final int freeAttempts;
    private final int capacity;
    private final Map<String, Failures> failures = new LinkedHashMap<>(16, 0.75f, true);

    SignInThrottle(int freeAttempts, int capacity) {
        if (freeAttempts < 1 || capacity < 1) {
            throw new IllegalArgumentException("A throttle allows at least one attempt and one key.");
        }
        this.freeAttempts = freeAttempts;
        this.capacity = capacity;
    }

    /** How long {@code key} must still wait before its next attempt is heard, if it must. */
    synchronized Optional<Duration> blockedFor(String key, Instant now) {
        var recorded = failures.get(key);
        if (recorded == null || !now.isBefore(recorded.blockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, recorded.blockedUntil()));
    }

    /** A wrong password for {@code key}; returns how long it is blocked now (zero while attempts are free). */
    synchronized Duration failed(String key, Instant now) {
        return failure(key, now).block();
    }

    /**
     * A wrong password for {@code key}: how long it is blocked now, and whether this failure began a throttling
     * episode (the first block since the key's failures were last forgotten), so its owner is told once.
     */
    synchronized Failure failure(String key, Instant now) {
        var previous = failures.get(key);
        int count = previous == null || now.isAfter(previous.last().plus(MEMORY)) ? 1 : previous.count() + 1;
        var block = blockAfter(count);
        failures.put(key, new Failures(count, now, now.plus(block)));
        forgetBeyondCapacity();
        return new Failure(block, count == freeAttempts + 1);
    }

    /** What one wrong password did to its key. */
    record Failure(Duration block, boolean episodeBegan) {}

    synchronized void succeeded(String key) {
        failures.remove(key);
    }

    private Duration blockAfter(int count) {
        int beyond = count - freeAttempts;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        return beyond > 10 ? LONGEST_BLOCK : min(Duration.ofSeconds(1L << (beyond - 1)), LONGEST_BLOCK);
    }

    private void forgetBeyondCapacity() {
        Iterator<String> oldest = failures.keySet().iterator();
        while (failures.size() > capacity && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private record Failures(int count, Instant last, Instant blockedUntil) {}
}
