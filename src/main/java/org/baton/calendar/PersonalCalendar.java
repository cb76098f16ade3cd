package org.baton.calendar;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.baton.calendar.CalendarEntry.Kind;
import org.baton.decisions.DecisionDate;
import org.baton.intents.IntentWindow;
import org.baton.missions.CheckInDue;
import org.baton.people.PersonId;
import org.baton.principles.ReviewSchedule;
import org.baton.principles.Term;
import org.baton.shared.OrganizationId;

/**
 * What a person's calendar holds, from the dates the modules name for them (already limited to what they may see
 * and take part in): their decisions' windows and reviews, their teams' intent windows, their missions' check-ins,
 * the end of their own seats on the governance body, and the organization's next regeneration review, unless one is
 * open. Only what falls in the window, soonest first, at most {@link CalendarWindow#MAX_ENTRIES}.
 */
public final class PersonalCalendar {

    private PersonalCalendar() {}

    public static List<CalendarEntry> of(
            OrganizationId org,
            PersonId person,
            CalendarWindow window,
            List<DecisionDate> decisionDates,
            List<IntentWindow> intentWindows,
            List<CheckInDue> checkIns,
            List<Term> governanceTerms,
            ReviewSchedule regeneration) {
        var entries = new ArrayList<CalendarEntry>();
        decisionDates.stream().map(PersonalCalendar::entry).forEach(entries::add);
        intentWindows.forEach(w -> entries.add(new CalendarEntry(
                uid("intent", w.intentId().value(), "window"),
                Kind.INTENT_WINDOW_CLOSES,
                w.statement(),
                "/intents/" + w.intentId().value(),
                w.closesAt(),
                null)));
        checkIns.forEach(c -> entries.add(new CalendarEntry(
                uid("mission", c.missionId().value(), "check-in"),
                Kind.CHECK_IN_DUE,
                c.title(),
                "/missions/" + c.missionId().value(),
                null,
                c.on())));
        governanceTerms.stream()
                .filter(term -> term.personId().equals(person) && term.endsOn() != null)
                .forEach(term -> entries.add(new CalendarEntry(
                        uid("term", term.id(), "end"), Kind.TERM_ENDS, "", "/governance", null, term.endsOn())));
        if (regeneration != null && regeneration.dueAt() != null && !regeneration.reviewOpen()) {
            // One review per cycle: the cycle is named by the review that closed before it.
            String cycle = regeneration.lastClosedAt() == null
                    ? "first"
                    : Long.toString(regeneration.lastClosedAt().getEpochSecond());
            entries.add(new CalendarEntry(
                    "regeneration-review-" + org.value() + "-" + cycle + "@baton",
                    Kind.REGENERATION_REVIEW_DUE,
                    "",
                    "/reviews",
                    null,
                    regeneration.dueAt().atOffset(ZoneOffset.UTC).toLocalDate()));
        }
        return entries.stream()
                .filter(e -> e.allDay() ? window.covers(e.on()) : window.covers(e.at()))
                .sorted(Comparator.comparing(PersonalCalendar::startOf).thenComparing(CalendarEntry::uid))
                .limit(CalendarWindow.MAX_ENTRIES)
                .toList();
    }

    private static CalendarEntry entry(DecisionDate date) {
        var id = date.decisionId().value();
        String path = "/decisions/" + id;
        return switch (date.kind()) {
            case CONSENT_CLOSES ->
                new CalendarEntry(
                        uid("decision", id, "consent"), Kind.CONSENT_CLOSES, date.title(), path, date.at(), null);
            case CONSULT_CLOSES ->
                new CalendarEntry(
                        uid("decision", id, "consult"), Kind.CONSULT_CLOSES, date.title(), path, date.at(), null);
            case REVIEW_DUE ->
                new CalendarEntry(
                        uid("decision", id, "review"), Kind.DECISION_REVIEW_DUE, date.title(), path, null, date.on());
        };
    }

    private static String uid(String item, Object id, String what) {
        return item + "-" + id + "-" + what + "@baton";
    }

    private static java.time.Instant startOf(CalendarEntry entry) {
        return entry.allDay() ? entry.on().atStartOfDay().toInstant(ZoneOffset.UTC) : entry.at();
    }
}
