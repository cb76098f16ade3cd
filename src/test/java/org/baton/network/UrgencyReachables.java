package org.baton.network;

import java.time.Instant;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;

/** People as reach sees them, for tests: {@code aPerson().of(onboarding).enrolledAt(t).reachedAt(u)}. */
final class UrgencyReachables {

    static final Instant MONDAY = Instant.parse("2026-11-02T00:00:00Z");

    private HomeBaseId homeBase;
    private String homeBaseName;
    private Instant enrolledAt = MONDAY.minusSeconds(365L * 24 * 3600);
    private Instant reachedAt;

    private UrgencyReachables() {}

    static UrgencyReachables aPerson() {
        return new UrgencyReachables();
    }

    static HomeBaseId aHomeBase() {
        return new HomeBaseId(UUID.randomUUID());
    }

    UrgencyReachables of(HomeBaseId homeBase, String name) {
        this.homeBase = homeBase;
        this.homeBaseName = name;
        return this;
    }

    UrgencyReachables enrolledAt(Instant at) {
        this.enrolledAt = at;
        return this;
    }

    UrgencyReachables reachedAt(Instant at) {
        this.reachedAt = at;
        return this;
    }

    UrgencyReachTally.Reachable build() {
        return new UrgencyReachTally.Reachable(homeBase, homeBaseName, enrolledAt, reachedAt);
    }
}
