package org.baton.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import org.baton.calendar.CalendarEntry.Kind;
import org.baton.decisions.DecisionId;
import org.baton.intents.IntentId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.junit.jupiter.api.Test;

class PersonalCalendarTests {

    final DecisionId pricing = new DecisionId(UUID.randomUUID());

    @Test
    void aConsentRoundShowsAsTheMomentItsWindowClosesLinkedToTheDecision() {
        var calendar = CalendarInputs.forSomeone()
                .consentRoundClosingIn(pricing, "New pricing", Duration.ofDays(7))
                .calendar();

        assertThat(calendar).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(Kind.CONSENT_CLOSES);
            assertThat(entry.title()).isEqualTo("New pricing");
            assertThat(entry.at()).isEqualTo(CalendarInputs.NOW.plus(Duration.ofDays(7)));
            assertThat(entry.allDay()).isFalse();
            assertThat(entry.path()).isEqualTo("/decisions/" + pricing.value());
        });
    }

    @Test
    void anEntryKeepsItsUidWhenItsDateMovesSoCalendarAppsUpdateIt() {
        var before = CalendarInputs.forSomeone()
                .consentRoundClosingIn(pricing, "New pricing", Duration.ofDays(7))
                .calendar();
        var after = CalendarInputs.forSomeone()
                .consentRoundClosingIn(pricing, "New pricing", Duration.ofDays(9))
                .calendar();

        assertThat(after.getFirst().uid())
                .isEqualTo(before.getFirst().uid())
                .contains(pricing.value().toString());
    }

    @Test
    void theConsentWindowAndTheReviewOfOneDecisionAreTwoEventsWithTheirOwnUids() {
        var calendar = CalendarInputs.forSomeone()
                .consentRoundClosingIn(pricing, "New pricing", Duration.ofDays(1))
                .reviewDueIn(pricing, "New pricing", 90)
                .calendar();

        assertThat(calendar)
                .extracting(CalendarEntry::uid)
                .doesNotHaveDuplicates()
                .hasSize(2);
    }

    @Test
    void reviewsCheckInsAndTermEndsAreAllDayEventsOnTheirDay() {
        var inputs = CalendarInputs.forSomeone();
        var calendar = inputs.reviewDueIn(pricing, "New pricing", 10)
                .checkInDueIn(new MissionId(UUID.randomUUID()), "Faster onboarding", 3)
                .termEndingIn(inputs.person, 20)
                .calendar();

        assertThat(calendar).allMatch(CalendarEntry::allDay);
        assertThat(calendar)
                .extracting(CalendarEntry::kind)
                .containsExactly(Kind.CHECK_IN_DUE, Kind.DECISION_REVIEW_DUE, Kind.TERM_ENDS);
        assertThat(calendar.getFirst().on()).isEqualTo(CalendarInputs.today().plusDays(3));
    }

    @Test
    void onlyThePersonsOwnTermsOnTheGoverningBodyEndInTheirCalendar() {
        var inputs = CalendarInputs.forSomeone();
        var calendar = inputs.termEndingIn(new PersonId(UUID.randomUUID()), 20)
                .termEndingIn(inputs.person, 40)
                .calendar();

        assertThat(calendar).singleElement().satisfies(entry -> assertThat(entry.on())
                .isEqualTo(CalendarInputs.today().plusDays(40)));
    }

    @Test
    void theNextRegenerationReviewShowsOnlyWhileNoneIsOpen() {
        assertThat(CalendarInputs.forSomeone()
                        .regenerationReviewDueIn(30, false)
                        .calendar())
                .extracting(CalendarEntry::kind)
                .containsExactly(Kind.REGENERATION_REVIEW_DUE);
        assertThat(CalendarInputs.forSomeone().regenerationReviewDueIn(30, true).calendar())
                .isEmpty();
    }

    @Test
    void datesLongPastOrMoreThanAYearAheadAreLeftOut() {
        var calendar = CalendarInputs.forSomeone()
                .consentRoundClosingIn(pricing, "Closed last week", Duration.ofDays(-7))
                .intentWindowClosingIn(new IntentId(UUID.randomUUID()), "Closed long ago", Duration.ofDays(-31))
                .checkInDueIn(new MissionId(UUID.randomUUID()), "Far away", CalendarWindow.AHEAD_DAYS + 1)
                .calendar();

        assertThat(calendar).extracting(CalendarEntry::title).containsExactly("Closed last week");
    }

    @Test
    void entriesComeSoonestFirstWhateverTheirKind() {
        var calendar = CalendarInputs.forSomeone()
                .checkInDueIn(new MissionId(UUID.randomUUID()), "Third", 5)
                .intentWindowClosingIn(new IntentId(UUID.randomUUID()), "First", Duration.ofHours(2))
                .consentRoundClosingIn(pricing, "Second", Duration.ofDays(2))
                .calendar();

        assertThat(calendar).extracting(CalendarEntry::title).containsExactly("First", "Second", "Third");
    }

    @Test
    void aCalendarHoldsAtMostTheCappedNumberOfEntries() {
        var inputs = CalendarInputs.forSomeone();
        for (int i = 0; i < CalendarWindow.MAX_ENTRIES + 20; i++) {
            inputs.intentWindowClosingIn(new IntentId(UUID.randomUUID()), "Intent " + i, Duration.ofMinutes(i + 1));
        }

        var calendar = inputs.calendar();

        assertThat(calendar).hasSize(CalendarWindow.MAX_ENTRIES);
        assertThat(calendar.getLast().title()).isEqualTo("Intent " + (CalendarWindow.MAX_ENTRIES - 1));
    }

    @Test
    void anEntryIsAtAMomentOrOnADayNeverBoth() {
        assertThatThrownBy(() -> new CalendarEntry(
                        "x@baton", Kind.TERM_ENDS, "", "/governance", CalendarInputs.NOW, CalendarInputs.today()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
