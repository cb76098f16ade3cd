package org.baton.roles;

import static org.baton.roles.AutonomyFit.RIGHT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Autonomy agreements for tests: {@code anAgreement().between(ana, ben).staged(3, 2, 3, 3).agreed()}. */
final class Autonomy {

    static final OrganizationId ORG = OrganizationId.random();
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-20");

    private PersonId leader = PersonId.random();
    private AutonomyLed led = AutonomyLed.person(PersonId.random());
    private Set<PersonId> team = Set.of();
    private String context = "Pricing experiments";
    private AutonomyStages stages = new AutonomyStages(3, 2, 3, 3);
    private LocalDate reviewOn = TODAY.plusMonths(3);

    static Autonomy anAgreement() {
        return new Autonomy();
    }

    /** Every dimension right, except the ones a test changes. */
    static AutonomyFits allRight() {
        return new AutonomyFits(RIGHT, RIGHT, RIGHT, RIGHT);
    }

    static AutonomyFits whenFeels(AutonomyFit fit) {
        return new AutonomyFits(RIGHT, fit, RIGHT, RIGHT);
    }

    Autonomy between(PersonId leader, PersonId person) {
        this.leader = leader;
        this.led = AutonomyLed.person(person);
        return this;
    }

    Autonomy leadingTeam(PersonId leader, AutonomyLed team, PersonId... people) {
        this.leader = leader;
        this.led = team;
        this.team = Set.of(people);
        return this;
    }

    Autonomy in(String context) {
        this.context = context;
        return this;
    }

    Autonomy staged(int what, int when, int where, int withWhom) {
        this.stages = new AutonomyStages(what, when, where, withWhom);
        return this;
    }

    Autonomy reviewedOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
        return this;
    }

    AutonomyParties parties() {
        return new AutonomyParties(leader, led.personId(), team);
    }

    /** Agreed by the leader, its {@link AutonomyAgreed} already released. */
    AutonomyAgreement agreed() {
        var agreement = agreedBy(leader);
        agreement.releaseEvents();
        return agreement;
    }

    AutonomyAgreement agreedBy(PersonId by) {
        return AutonomyAgreement.agree(ORG, leader, led, context, stages, reviewOn, parties(), by, NOW, TODAY);
    }
}
