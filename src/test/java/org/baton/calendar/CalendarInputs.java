package org.baton.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.DecisionDate;
import org.baton.decisions.DecisionId;
import org.baton.intents.IntentId;
import org.baton.intents.IntentWindow;
import org.baton.missions.CheckInDue;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.principles.ReviewSchedule;
import org.baton.principles.Term;
import org.baton.shared.OrganizationId;

/** The dates the modules name for one person, built up for {@link PersonalCalendar}. */
final class CalendarInputs {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    final OrganizationId org = new OrganizationId(UUID.randomUUID());
    final PersonId person;
    private final List<DecisionDate> decisionDates = new ArrayList<>();
    private final List<IntentWindow> intentWindows = new ArrayList<>();
    private final List<CheckInDue> checkIns = new ArrayList<>();
    private final List<Term> terms = new ArrayList<>();
    private ReviewSchedule regeneration;

    private CalendarInputs(PersonId person) {
        this.person = person;
    }

    static CalendarInputs forSomeone() {
        return new CalendarInputs(new PersonId(UUID.randomUUID()));
    }

    static LocalDate today() {
        return LocalDate.of(2026, 3, 2);
    }

    CalendarInputs consentRoundClosingIn(DecisionId id, String title, Duration in) {
        decisionDates.add(new DecisionDate(id, title, DecisionDate.Kind.CONSENT_CLOSES, NOW.plus(in), null));
        return this;
    }

    CalendarInputs reviewDueIn(DecisionId id, String title, int days) {
        decisionDates.add(new DecisionDate(id, title, DecisionDate.Kind.REVIEW_DUE, null, today().plusDays(days)));
        return this;
    }

    CalendarInputs intentWindowClosingIn(IntentId id, String statement, Duration in) {
        intentWindows.add(new IntentWindow(id, statement, NOW.plus(in)));
        return this;
    }

    CalendarInputs checkInDueIn(MissionId id, String title, int days) {
        checkIns.add(new CheckInDue(id, title, today().plusDays(days)));
        return this;
    }

    CalendarInputs termEndingIn(PersonId holder, int days) {
        terms.add(new Term(UUID.randomUUID(), holder, today().minusYears(1), today().plusDays(days)));
        return this;
    }

    CalendarInputs regenerationReviewDueIn(int days, boolean oneOpen) {
        regeneration = new ReviewSchedule(
                Period.ofMonths(3), NOW.minus(Duration.ofDays(60)), NOW.plus(Duration.ofDays(days)), false, oneOpen);
        return this;
    }

    List<CalendarEntry> calendar() {
        return PersonalCalendar.of(
                org, person, CalendarWindow.around(NOW), decisionDates, intentWindows, checkIns, terms, regeneration);
    }
}
