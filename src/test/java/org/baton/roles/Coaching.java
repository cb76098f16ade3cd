package org.baton.roles;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Coaching slots for tests: {@code Coaching.aSlot().by(coach).startingIn(Duration.ofDays(1)).publishedAt(now)}. */
final class Coaching {

    static final OrganizationId ORG = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-00000000000c"));
    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private PersonId coach = new PersonId(UUID.randomUUID());
    private Duration startingIn = Duration.ofDays(1);
    private Duration lasting = Duration.ofHours(1);
    private String topic = "Giving feedback";
    private String place = "Room 3";

    private Coaching() {}

    static Coaching aSlot() {
        return new Coaching();
    }

    static PersonId someone() {
        return new PersonId(UUID.randomUUID());
    }

    Coaching by(PersonId coach) {
        this.coach = coach;
        return this;
    }

    Coaching startingIn(Duration startingIn) {
        this.startingIn = startingIn;
        return this;
    }

    Coaching lasting(Duration lasting) {
        this.lasting = lasting;
        return this;
    }

    Coaching about(String topic) {
        this.topic = topic;
        return this;
    }

    Coaching at(String place) {
        this.place = place;
        return this;
    }

    /** Published at {@link #NOW}, its publication already released. */
    CoachingSlot published() {
        var slot = publish();
        slot.releaseEvents();
        return slot;
    }

    /** Published at {@link #NOW}, with the publication still recorded. */
    CoachingSlot publish() {
        var starts = NOW.plus(startingIn);
        return CoachingSlot.publish(ORG, coach, starts, starts.plus(lasting), topic, place, NOW);
    }
}
