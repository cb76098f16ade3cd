package org.baton.principles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Test data for the coherence layer: values, principles, the governance body, reviews and tensions. */
final class Coherence {

    static final OrganizationId ORG = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    static final PersonId ANA = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final PersonId BO = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000b0"));
    static final PersonId CY = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));

    private Coherence() {}

    static ValueBuilder aValue() {
        return new ValueBuilder();
    }

    static PrincipleBuilder aPrinciple() {
        return new PrincipleBuilder();
    }

    static BodyBuilder aBody() {
        return new BodyBuilder();
    }

    static ReviewBuilder aReview() {
        return new ReviewBuilder();
    }

    static TensionBuilder aTension() {
        return new TensionBuilder();
    }

    static final class ValueBuilder {
        private ValueId id = new ValueId(UUID.randomUUID());
        private String name = "Clinics first";
        private Status status = Status.ACTIVE;
        private int version = 1;

        ValueBuilder named(String name) {
            this.name = name;
            return this;
        }

        ValueBuilder retired() {
            this.status = Status.RETIRED;
            return this;
        }

        ValueBuilder atVersion(int version) {
            this.version = version;
            return this;
        }

        Value build() {
            return new Value(id, ORG, name, "The clinic's working day wins.", status, version, NOW.minusSeconds(86400));
        }
    }

    static final class PrincipleBuilder {
        private ValueId valueId = new ValueId(UUID.randomUUID());
        private String statement = "Decide close to the work";
        private Status status = Status.ACTIVE;
        private int version = 1;
        private Instant touchedAt = NOW.minusSeconds(86400);

        PrincipleBuilder under(Value value) {
            this.valueId = value.id();
            return this;
        }

        PrincipleBuilder stating(String statement) {
            this.statement = statement;
            return this;
        }

        PrincipleBuilder retired() {
            this.status = Status.RETIRED;
            return this;
        }

        PrincipleBuilder atVersion(int version) {
            this.version = version;
            return this;
        }

        PrincipleBuilder touchedAt(Instant touchedAt) {
            this.touchedAt = touchedAt;
            return this;
        }

        Principle build() {
            return new Principle(
                    new PrincipleId(UUID.randomUUID()), ORG, valueId, statement, status, version, touchedAt, touchedAt);
        }
    }

    static final class BodyBuilder {
        private int seats = GoverningBody.DEFAULT_SEATS;
        private final List<Term> terms = new ArrayList<>();
        private Period cadence;

        /** A seat held from a month ago until a year from now. */
        BodyBuilder seating(PersonId person) {
            return seating(person, TODAY.minusMonths(1), TODAY.plusYears(1));
        }

        BodyBuilder seating(PersonId person, LocalDate startsOn, LocalDate endsOn) {
            terms.add(new Term(UUID.randomUUID(), person, startsOn, endsOn));
            return this;
        }

        BodyBuilder seats(int seats) {
            this.seats = seats;
            return this;
        }

        BodyBuilder reviewingEvery(Period cadence) {
            this.cadence = cadence;
            return this;
        }

        GoverningBody build() {
            return new GoverningBody(ORG, terms, cadence, seats);
        }
    }

    static final class ReviewBuilder {
        private Instant startedAt = NOW.minusSeconds(3600);
        private Instant closedAt;
        private Instant tensionsSince;
        private final List<Review.Outcome> outcomes = new ArrayList<>();

        ReviewBuilder gatheringSince(Instant since) {
            this.tensionsSince = since;
            return this;
        }

        ReviewBuilder closedAt(Instant closedAt) {
            this.closedAt = closedAt;
            return this;
        }

        ReviewBuilder withOutcome(Principle principle, Review.Outcome.Kind kind) {
            outcomes.add(new Review.Outcome(principle.id(), kind, "", startedAt));
            return this;
        }

        RegenerationReview build() {
            return new RegenerationReview(UUID.randomUUID(), ORG, startedAt, ANA, closedAt, tensionsSince, outcomes);
        }
    }

    static final class TensionBuilder {
        private Instant raisedAt = NOW;
        private PrincipleId principle = new PrincipleId(UUID.randomUUID());

        TensionBuilder raisedAt(Instant raisedAt) {
            this.raisedAt = raisedAt;
            return this;
        }

        TensionBuilder on(Principle principle) {
            this.principle = principle.id();
            return this;
        }

        Tension build() {
            return new Tension(
                    UUID.randomUUID(),
                    ORG,
                    principle,
                    Tension.Source.FLAG,
                    "DECISION",
                    UUID.randomUUID(),
                    "It rubbed",
                    BO,
                    raisedAt);
        }
    }
}
