package org.baton.roles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.PageRequest;
import org.baton.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching sessions (DOMAIN.md §3): coaches publish slots and withdraw them, people book them and cancel their
 * bookings. Who may is answered by {@link CoachingRules}; what changes is published as a {@link CoachingEvent}.
 */
@Service
public class CoachingSlots {

    private final CoachingSlotRepository slots;
    private final RoleRepository roles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CoachingSlots(CoachingSlotRepository slots, RoleRepository roles, ApplicationEventPublisher events, Clock clock) {
        this.slots = slots;
        this.roles = roles;
        this.events = events;
        this.clock = clock;
    }

    /** A coach offers a session, which must not overlap another of theirs. */
    @Transactional
    public CoachingSlot publish(
            OrganizationId org, PersonId coach, Instant startsAt, Instant endsAt, String topic, String place) {
        CoachingRules.requireMayPublish(mayPublish(org, coach));
        var slot = CoachingSlot.publish(org, coach, startsAt, endsAt, topic, place, now());
        if (slots.overlapsAnotherOf(org, coach, slot.startsAt(), slot.endsAt())) {
            throw new RuleViolation("startsAt", "coaching.slot.overlap", "You already offer a session at that time.");
        }
        slots.insert(slot);
        publish(slot);
        return slot;
    }

    @Transactional
    public void withdraw(OrganizationId org, CoachingSlotId id, PersonId by) {
        var slot = get(org, id);
        slot.withdraw(by, now());
        slots.delete(slot);
        publish(slot);
    }

    @Transactional
    public CoachingSlot book(OrganizationId org, CoachingSlotId id, PersonId by, String note) {
        var slot = get(org, id);
        slot.book(by, note, now());
        slots.saveBooking(slot);
        publish(slot);
        return slot;
    }

    @Transactional
    public CoachingSlot cancelBooking(OrganizationId org, CoachingSlotId id, PersonId by) {
        var slot = get(org, id);
        slot.cancelBooking(by, now());
        slots.saveBooking(slot);
        publish(slot);
        return slot;
    }

    /** Whether the person holds a coach or team coach role today, and so may offer sessions. */
    @Transactional(readOnly = true)
    public boolean mayPublish(OrganizationId org, PersonId person) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return roles.heldBy(org, person).stream()
                .anyMatch(role -> CoachingRules.isCoachingRole(role) && role.heldBy(person, today));
    }

    @Transactional(readOnly = true)
    public Optional<CoachingSlot> find(OrganizationId org, CoachingSlotId id) {
        return slots.find(org, id);
    }

    @Transactional(readOnly = true)
    public CoachingSlot get(OrganizationId org, CoachingSlotId id) {
        return find(org, id).orElseThrow(() -> new NotFound("coaching slot", id));
    }

    /** The slots the filter selects, soonest first. */
    @Transactional(readOnly = true)
    public Page<CoachingSlot> list(OrganizationId org, CoachingSlotFilter filter, PageRequest page) {
        var now = now();
        return new Page<>(slots.page(org, filter, now, page), page.page(), page.size(), slots.count(org, filter, now));
    }

    /** Now, as Baton reads time; pages ask a slot what is open with it. */
    public Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private void publish(CoachingSlot slot) {
        slot.releaseEvents().forEach(events::publishEvent);
    }
}
