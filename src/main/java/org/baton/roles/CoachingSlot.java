package org.baton.roles;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RecordedEvents;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.shared.TextLimits;

/**
 * A session a coach offers: from when until when (at most {@link #LONGEST}, never in the past), on what and where.
 * It holds at most one booking at a time. It guards that a session that has started is neither booked, cancelled nor
 * withdrawn, that a booked slot is not withdrawn, and asks {@link CoachingRules} who may do each.
 */
public final class CoachingSlot {

    /** The longest session a slot may offer. */
    public static final Duration LONGEST = Duration.ofHours(8);

    private final OrganizationId organizationId;
    private final CoachingSlotId id;
    private final PersonId coachId;
    private final Instant startsAt;
    private final Instant endsAt;
    private final String topic;
    private final String place;
    private final Instant publishedAt;
    private long version;
    private CoachingBooking booking;
    private final RecordedEvents<CoachingEvent> events = new RecordedEvents<>();

    CoachingSlot(
            OrganizationId organizationId,
            CoachingSlotId id,
            PersonId coachId,
            Instant startsAt,
            Instant endsAt,
            String topic,
            String place,
            Instant publishedAt,
            long version,
            CoachingBooking booking) {
        this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
        this.id = Objects.requireNonNull(id, "id");
        this.coachId = Objects.requireNonNull(coachId, "coachId");
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.topic = topic;
        this.place = place;
        this.publishedAt = publishedAt;
        this.version = version;
        this.booking = booking;
    }

    /** A coach offers a session; who may is asked of {@link CoachingRules} before. */
    static CoachingSlot publish(
            OrganizationId org,
            PersonId coach,
            Instant startsAt,
            Instant endsAt,
            String topic,
            String place,
            Instant now) {
        if (startsAt == null) {
            throw new RuleViolation("startsAt", "coaching.startsAt.required", "Say when the session starts.");
        }
        if (endsAt == null) {
            throw new RuleViolation("endsAt", "coaching.endsAt.required", "Say when the session ends.");
        }
        // The database keeps microseconds: what is checked here is what is stored.
        startsAt = startsAt.truncatedTo(ChronoUnit.MICROS);
        endsAt = endsAt.truncatedTo(ChronoUnit.MICROS);
        if (startsAt.isBefore(now)) {
            throw new RuleViolation("startsAt", "coaching.slot.past", "A session is offered for a time still to come.");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new RuleViolation("endsAt", "coaching.slot.order", "A session ends after it starts.");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            throw new RuleViolation(
                    "endsAt", "coaching.slot.tooLong", "A session lasts at most 8 hours.", LONGEST.toHours());
        }
        if (topic == null || topic.isBlank()) {
            throw new RuleViolation("topic", "coaching.topic.required", "Say what the session is about.");
        }
        String cleanTopic = TextLimits.require("topic", topic.strip(), TextLimits.TITLE);
        String cleanPlace = TextLimits.require("place", place == null ? "" : place.strip(), TextLimits.LINE);
        var slot = new CoachingSlot(
                org, CoachingSlotId.random(), coach, startsAt, endsAt, cleanTopic, cleanPlace, now, 0, null);
        slot.events.record(new CoachingSlotPublished(org, slot.id, now, coach, startsAt, endsAt, cleanTopic));
        return slot;
    }

    /** The coach takes back a slot nobody booked, before it starts. */
    void withdraw(PersonId by, Instant now) {
        CoachingRules.requireMayWithdraw(this, by);
        requireNotStarted(now);
        if (booking != null) {
            throw new StateConflict(
                    "coaching.slot.booked", "Someone booked this session: cancel the booking before withdrawing it.");
        }
        events.record(new CoachingSlotWithdrawn(organizationId, id, now, coachId, startsAt, topic));
    }

    /** Someone other than the coach books the free slot, before it starts, with a note for the coach. */
    CoachingBooking book(PersonId by, String note, Instant now) {
        Objects.requireNonNull(by, "by");
        CoachingRules.requireMayBook(this, by);
        requireNotStarted(now);
        if (booking != null) {
            throw new StateConflict("coaching.slot.taken", "Someone else has booked this session.");
        }
        String cleanNote = TextLimits.require("note", note == null ? "" : note.strip(), TextLimits.TEXT);
        booking = new CoachingBooking(by, cleanNote, now);
        events.record(new CoachingSessionBooked(organizationId, id, now, coachId, startsAt, topic, by));
        return booking;
    }

    /** The booker or the coach cancels the booking before the session starts; the slot is free again. */
    void cancelBooking(PersonId by, Instant now) {
        if (booking == null) {
            throw new StateConflict("coaching.booking.none", "Nobody has booked this session.");
        }
        CoachingRules.requireMayCancel(this, by);
        requireNotStarted(now);
        var cancelled = booking;
        booking = null;
        events.record(new CoachingBookingCancelled(
                organizationId, id, now, coachId, startsAt, topic, cancelled.bookerId(), by));
    }

    /** What this person may do with the slot now: what the page offers and the API accepts. */
    public Set<CoachingStep> stepsOpenTo(PersonId viewer, Instant now) {
        var steps = EnumSet.noneOf(CoachingStep.class);
        if (hasStarted(now)) {
            return steps;
        }
        if (booking == null && CoachingRules.mayBook(this, viewer)) {
            steps.add(CoachingStep.BOOK);
        }
        if (booking == null && CoachingRules.mayWithdraw(this, viewer)) {
            steps.add(CoachingStep.WITHDRAW);
        }
        if (CoachingRules.mayCancel(this, viewer)) {
            steps.add(CoachingStep.CANCEL_BOOKING);
        }
        return steps;
    }

    /** The booking's note, for the coach and the booker only. */
    public Optional<String> noteFor(PersonId viewer) {
        return booking != null && CoachingRules.maySeeNote(this, viewer)
                ? Optional.of(booking.note())
                : Optional.empty();
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    private void requireNotStarted(Instant now) {
        if (hasStarted(now)) {
            throw new StateConflict("coaching.slot.started", "This session has already started.");
        }
    }

    public boolean free() {
        return booking == null;
    }

    public Optional<CoachingBooking> booking() {
        return Optional.ofNullable(booking);
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public CoachingSlotId id() {
        return id;
    }

    public PersonId coachId() {
        return coachId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String topic() {
        return topic;
    }

    public String place() {
        return place;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long version() {
        return version;
    }

    void saved(long newVersion) {
        version = newVersion;
    }

    List<CoachingEvent> releaseEvents() {
        return events.release();
    }

    List<CoachingEvent> recordedEvents() {
        return events.peek();
    }
}
