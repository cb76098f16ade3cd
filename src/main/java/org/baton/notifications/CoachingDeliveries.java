package org.baton.notifications;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.roles.CoachingBookingCancelled;
import org.baton.roles.CoachingEvent;
import org.baton.roles.CoachingSessionBooked;
import org.baton.roles.CoachingSlotPublished;
import org.baton.roles.CoachingSlotWithdrawn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of a coaching session: a booking reaches the coach; a cancellation reaches whoever did not cancel (the
 * coach when the booker cancelled, the booker when the coach did). Publishing and withdrawing a slot tell nobody. The
 * notice names the other person and when the session starts; the booking's note stays on the slot.
 */
@Component
class CoachingDeliveries {

    static final String SUBJECT = "COACHING_SLOT";

    private static final DateTimeFormatter STARTS = DateTimeFormatter.ofPattern(
                    "d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final Notices notices;
    private final People people;

    CoachingDeliveries(Notices notices, People people) {
        this.notices = notices;
        this.people = people;
    }

    @ApplicationModuleListener
    void on(CoachingEvent e) {
        var delivery = deliveryOf(e);
        if (delivery.to().isEmpty()) {
            return;
        }
        String who = people.find(e.organizationId(), delivery.about())
                .map(p -> p.name())
                .orElse("");
        notices.deliver(
                e.organizationId(),
                delivery.to(),
                delivery.kind(),
                SUBJECT,
                e.slotId().value(),
                e.topic(),
                who + " · " + STARTS.format(e.startsAt()),
                Notices.source(e, e.slotId().value(), e.at()));
    }

    /** An inbox item of {@code kind} for each of {@code to}, naming {@code about} (who booked or cancelled). */
    record Delivery(List<PersonId> to, String kind, PersonId about) {}

    static Delivery deliveryOf(CoachingEvent e) {
        return switch (e) {
            case CoachingSessionBooked b -> new Delivery(List.of(b.coachId()), "coachingSessionBooked", b.bookerId());
            case CoachingBookingCancelled c ->
                new Delivery(List.of(c.otherParty()), "coachingBookingCancelled", c.cancelledBy());
            case CoachingSlotPublished p -> new Delivery(List.of(), "coachingSlotPublished", p.coachId());
            case CoachingSlotWithdrawn w -> new Delivery(List.of(), "coachingSlotWithdrawn", w.coachId());
        };
    }
}
