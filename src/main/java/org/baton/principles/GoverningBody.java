package org.baton.principles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RecordedEvents;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;

/**
 * The principles governance body of an organization: a rotating group of practitioners, each seated for a
 * term, and the cadence of its regeneration reviews. Changes to values and principles are adopted by consent
 * within the body, so a change can be proposed only once the body has members.
 */
final class GoverningBody {

    static final Period DEFAULT_CADENCE = Period.ofMonths(3);

    /**
     * The body seats at least five: its role's seats are set when the role is created (five, or more for a body
     * migrated with more terms) and stay as they are.
     */
    static final int DEFAULT_SEATS = 5;

    private final OrganizationId organizationId;
    private final List<Term> terms;
    private final List<Term> newTerms = new ArrayList<>();
    private Period cadence;
    private final int seats;
    private boolean cadenceChanged;
    private final RecordedEvents<GovernanceEvent> events = new RecordedEvents<>();

    GoverningBody(OrganizationId organizationId, List<Term> terms, Period cadence) {
        this(organizationId, terms, cadence, DEFAULT_SEATS);
    }

    /** A body of {@code seats} seats: never more members at once than that. */
    GoverningBody(OrganizationId organizationId, List<Term> terms, Period cadence, int seats) {
        this.organizationId = organizationId;
        this.terms = new ArrayList<>(terms);
        this.cadence = cadence == null ? DEFAULT_CADENCE : cadence;
        this.seats = seats;
    }

    /**
     * Seats a person of the organization (checked by the caller against its people) for a term that ends after
     * it starts; {@code by} is null when Baton appoints.
     */
    Term appoint(PersonId person, LocalDate startsOn, LocalDate endsOn, PersonId by, Instant now) {
        return appoint(person, startsOn, endsOn, by, null, now);
    }

    /** Seats a person under the body's consent decision that appointed them ({@code under}, null if none). */
    Term appoint(PersonId person, LocalDate startsOn, LocalDate endsOn, PersonId by, DecisionId under, Instant now) {
        Objects.requireNonNull(person, "person");
        if (startsOn == null || endsOn == null || !endsOn.isAfter(startsOn)) {
            throw new RuleViolation("termEndsOn", "governance.term.order", "A term ends after it starts.");
        }
        requireSeat(person, startsOn, endsOn);
        var term = new Term(UUID.randomUUID(), person, startsOn, endsOn);
        terms.add(term);
        newTerms.add(term);
        events.record(new MemberAppointed(organizationId, now, by, term.id(), person, startsOn, endsOn, under));
        return term;
    }

    /**
     * Refuses a term for someone already seated in that time, or when every seat is taken in it: a seat must be
     * free before it is proposed.
     */
    void requireSeat(PersonId person, LocalDate startsOn, LocalDate endsOn) {
        var overlapping = terms.stream()
                .filter(t -> t.startsOn().isBefore(endsOn) && (t.endsOn() == null || startsOn.isBefore(t.endsOn())))
                .toList();
        if (overlapping.stream().anyMatch(t -> t.personId().equals(person))) {
            throw new StateConflict("role.assignment.twice", "This person already holds the role at that time.");
        }
        if (overlapping.size() >= seats) {
            throw new StateConflict(
                    "role.seats.full",
                    "Every seat of this role is taken at that time: add a seat or step someone back.");
        }
    }

    /** Sets how often reviews are due, given as an ISO-8601 period (P3M is quarterly). */
    Period changeCadence(String given, PersonId by, Instant now) {
        Period period;
        try {
            period = Period.parse(given == null ? "" : given.strip());
        } catch (DateTimeParseException e) {
            period = Period.ZERO;
        }
        if (period.isZero() || period.isNegative()) {
            throw new RuleViolation(
                    "reviewCadence",
                    "governance.cadence.invalid",
                    "Give the cadence as an ISO-8601 period, e.g. P3M for quarterly.");
        }
        cadence = period;
        cadenceChanged = true;
        events.record(new ReviewCadenceChanged(organizationId, now, by, period));
        return period;
    }

    /** The people seated on that day, each once. */
    List<PersonId> membersOn(LocalDate day) {
        return terms.stream()
                .filter(t -> t.currentOn(day))
                .map(Term::personId)
                .distinct()
                .toList();
    }

    /**
     * Who decides a change proposed on that day: the members seated then. Refused while the body is empty,
     * since no one could consent to it.
     */
    List<PersonId> decidersOn(LocalDate day) {
        var members = membersOn(day);
        if (members.isEmpty()) {
            throw new StateConflict(
                    "governance.body.empty",
                    "Changes are adopted by consent within the governance body: appoint its members first.");
        }
        return members;
    }

    /**
     * The participants of the consent round on a change proposed that day: every member seated then, but the
     * proposer, who consents by proposing. Refused while the body is empty.
     */
    List<PersonId> participantsOn(PersonId proposer, LocalDate day) {
        return decidersOn(day).stream().filter(m -> !m.equals(proposer)).toList();
    }

    /** The body exists once someone is seated on it that day; until then the admin acts for it. */
    boolean existsOn(LocalDate day) {
        return !membersOn(day).isEmpty();
    }

    /** Every term, current and past, soonest ending first. */
    List<Term> terms() {
        return terms.stream()
                .sorted(Comparator.comparing(Term::endsOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Term::id))
                .toList();
    }

    Period cadence() {
        return cadence;
    }

    OrganizationId organizationId() {
        return organizationId;
    }

    List<Term> newTerms() {
        return List.copyOf(newTerms);
    }

    boolean cadenceChanged() {
        return cadenceChanged;
    }

    void saved() {
        newTerms.clear();
        cadenceChanged = false;
    }

    List<GovernanceEvent> releaseEvents() {
        return events.release();
    }

    List<GovernanceEvent> recordedEvents() {
        return events.peek();
    }
}
