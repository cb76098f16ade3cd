package org.baton.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.roles.Coaching.NOW;
import static org.baton.roles.Coaching.aSlot;
import static org.baton.roles.Coaching.someone;

import java.time.Duration;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.shared.TextLimits;
import org.junit.jupiter.api.Test;

class CoachingSlotTests {

    final PersonId coach = someone();
    final PersonId ben = someone();

    @Test
    void aPublishedSlotIsFreeAndRecordsItsPublication() {
        var slot = aSlot().by(coach).about("  Giving feedback ").at(" Room 3 ").publish();

        assertThat(slot.free()).isTrue();
        assertThat(slot.topic()).isEqualTo("Giving feedback");
        assertThat(slot.place()).isEqualTo("Room 3");
        assertThat(slot.recordedEvents()).singleElement().isInstanceOfSatisfying(CoachingSlotPublished.class, e -> {
            assertThat(e.coachId()).isEqualTo(coach);
            assertThat(e.startsAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
            assertThat(e.endsAt()).isEqualTo(slot.endsAt());
        });
    }

    @Test
    void refusesASlotThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> aSlot().lasting(Duration.ZERO).publish())
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("endsAt");
                    assertThat(e.code()).isEqualTo("coaching.slot.order");
                });
    }

    @Test
    void refusesASlotLongerThanEightHoursButTakesExactlyEight() {
        assertThat(aSlot().lasting(Duration.ofHours(8)).publish().endsAt()).isEqualTo(NOW.plus(Duration.ofHours(32)));
        assertThatThrownBy(() ->
                        aSlot().lasting(Duration.ofHours(8).plusMinutes(1)).publish())
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("coaching.slot.tooLong"));
    }

    @Test
    void refusesASlotInThePast() {
        assertThatThrownBy(() -> aSlot().startingIn(Duration.ofMinutes(-1)).publish())
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("startsAt");
                    assertThat(e.code()).isEqualTo("coaching.slot.past");
                });
    }

    @Test
    void refusesASlotWithoutATopicOrWithTooLongAPlace() {
        assertThatThrownBy(() -> aSlot().about(" ").publish())
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("topic"));
        assertThatThrownBy(() -> aSlot().at("x".repeat(TextLimits.LINE + 1)).publish())
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("place");
                    assertThat(e.code()).isEqualTo("text.long");
                });
    }

    @Test
    void someoneBooksAFreeSlotWithANoteOnlyTheCoachAndTheBookerRead() {
        var slot = aSlot().by(coach).published();

        slot.book(ben, " I want to practise a hard conversation ", NOW);

        assertThat(slot.free()).isFalse();
        assertThat(slot.noteFor(ben)).contains("I want to practise a hard conversation");
        assertThat(slot.noteFor(coach)).contains("I want to practise a hard conversation");
        assertThat(slot.noteFor(someone())).isEmpty();
        assertThat(slot.recordedEvents()).singleElement().isInstanceOfSatisfying(CoachingSessionBooked.class, e -> {
            assertThat(e.bookerId()).isEqualTo(ben);
            assertThat(e.coachId()).isEqualTo(coach);
        });
    }

    @Test
    void refusesASecondBookingOfTheSameSlot() {
        var slot = aSlot().by(coach).published();
        slot.book(ben, "", NOW);

        assertThatThrownBy(() -> slot.book(someone(), "", NOW))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("coaching.slot.taken"));
        assertThat(slot.booking().orElseThrow().bookerId()).isEqualTo(ben);
    }

    @Test
    void aCoachDoesNotBookTheirOwnSlot() {
        var slot = aSlot().by(coach).published();

        assertThatThrownBy(() -> slot.book(coach, "", NOW)).isInstanceOf(NotPermitted.class);
        assertThat(slot.free()).isTrue();
    }

    @Test
    void refusesABookingOnceTheSessionHasStarted() {
        var slot = aSlot().startingIn(Duration.ofHours(1)).published();

        assertThatThrownBy(() -> slot.book(ben, "", NOW.plus(Duration.ofHours(1))))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("coaching.slot.started"));
    }

    @Test
    void refusesANoteLongerThanAParagraph() {
        var slot = aSlot().published();

        assertThatThrownBy(() -> slot.book(ben, "x".repeat(TextLimits.TEXT + 1), NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("note"));
        assertThat(slot.free()).isTrue();
    }

    @Test
    void theBookerCancelsAndTheCoachIsTheOneToBeTold() {
        var slot = aSlot().by(coach).published();
        slot.book(ben, "", NOW);
        slot.releaseEvents();

        slot.cancelBooking(ben, NOW);

        assertThat(slot.free()).isTrue();
        assertThat(slot.recordedEvents()).singleElement().isInstanceOfSatisfying(CoachingBookingCancelled.class, e -> {
            assertThat(e.cancelledBy()).isEqualTo(ben);
            assertThat(e.otherParty()).isEqualTo(coach);
        });
    }

    @Test
    void theCoachCancelsABookingAndTheBookerIsTheOneToBeTold() {
        var slot = aSlot().by(coach).published();
        slot.book(ben, "", NOW);
        slot.releaseEvents();

        slot.cancelBooking(coach, NOW);

        assertThat(slot.recordedEvents())
                .singleElement()
                .isInstanceOfSatisfying(CoachingBookingCancelled.class, e -> assertThat(e.otherParty())
                        .isEqualTo(ben));
    }

    @Test
    void nobodyElseCancelsABooking() {
        var slot = aSlot().by(coach).published();
        slot.book(ben, "", NOW);

        assertThatThrownBy(() -> slot.cancelBooking(someone(), NOW)).isInstanceOf(NotPermitted.class);
        assertThat(slot.free()).isFalse();
    }

    @Test
    void refusesToCancelWhenNobodyBooked() {
        var slot = aSlot().by(coach).published();

        assertThatThrownBy(() -> slot.cancelBooking(coach, NOW))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("coaching.booking.none"));
    }

    @Test
    void theCoachWithdrawsAFreeSlotButNotABookedOne() {
        var free = aSlot().by(coach).published();
        free.withdraw(coach, NOW);
        assertThat(free.recordedEvents()).singleElement().isInstanceOf(CoachingSlotWithdrawn.class);

        var booked = aSlot().by(coach).published();
        booked.book(ben, "", NOW);
        assertThatThrownBy(() -> booked.withdraw(coach, NOW))
                .isInstanceOfSatisfying(
                        StateConflict.class, e -> assertThat(e.code()).isEqualTo("coaching.slot.booked"));
    }

    @Test
    void onlyTheCoachWithdrawsASlot() {
        var slot = aSlot().by(coach).published();

        assertThatThrownBy(() -> slot.withdraw(ben, NOW)).isInstanceOf(NotPermitted.class);
        assertThat(slot.recordedEvents()).isEmpty();
    }

    @Test
    void offersEachPersonTheStepsTheyMayTakeNow() {
        var slot = aSlot().by(coach).published();
        assertThat(slot.stepsOpenTo(ben, NOW)).containsExactly(CoachingStep.BOOK);
        assertThat(slot.stepsOpenTo(coach, NOW)).containsExactly(CoachingStep.WITHDRAW);

        slot.book(ben, "", NOW);
        assertThat(slot.stepsOpenTo(ben, NOW)).containsExactly(CoachingStep.CANCEL_BOOKING);
        assertThat(slot.stepsOpenTo(coach, NOW)).containsExactly(CoachingStep.CANCEL_BOOKING);
        assertThat(slot.stepsOpenTo(someone(), NOW)).isEmpty();
        assertThat(slot.stepsOpenTo(ben, slot.startsAt())).isEmpty();
    }
}
