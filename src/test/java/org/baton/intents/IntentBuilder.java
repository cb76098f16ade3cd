package org.baton.intents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.Visibility;
import org.baton.teams.Scope;
import org.baton.zones.AreaId;
import org.baton.zones.DecisionArea;
import org.baton.zones.Route;
import org.baton.zones.Zone;

/** Declares intents for tests: {@code anIntent().by(ana).in(scope).informing(ben).declare()}. */
final class IntentBuilder {

    static final OrganizationId ORG = OrganizationId.random();
    static final Instant DECLARED_AT = Instant.parse("2026-11-20T10:00:00Z");

    private PersonId author = PersonId.random();
    private String statement = "I intend to move the weekly demo to Thursdays";
    private String reason = "Half the team is out on Fridays";
    private Scope scope = Scope.ORGANIZATION;
    private Duration window;
    private Route route;
    private List<PersonId> peopleOfScope = List.of();
    private Instant at = DECLARED_AT;
    private Visibility visibility = Visibility.ORGANIZATION;
    private Set<PersonId> named = Set.of();

    static IntentBuilder anIntent() {
        return new IntentBuilder();
    }

    IntentBuilder by(PersonId author) {
        this.author = author;
        return this;
    }

    IntentBuilder saying(String statement) {
        this.statement = statement;
        return this;
    }

    IntentBuilder because(String reason) {
        this.reason = reason;
        return this;
    }

    IntentBuilder in(Scope scope) {
        this.scope = scope;
        return this;
    }

    /** The people of the intent's home base or mission, as the teams module would name them. */
    IntentBuilder informing(PersonId... people) {
        this.peopleOfScope = List.of(people);
        return this;
    }

    IntentBuilder openFor(Duration window) {
        this.window = window;
        return this;
    }

    /** The intent names a decision area in this zone, whose route informs these people. */
    IntentBuilder inAreaOf(Zone zone, PersonId... informed) {
        var area = new DecisionArea(AreaId.random(), ORG, "Team rituals", zone, "How the team meets", DECLARED_AT, 0);
        this.route = new Route(area, zone, Route.Decider.YOU, List.of(), List.of(informed), false, null, "", List.of());
        return this;
    }

    /** Who may see the intent: its visibility, and the people it names. */
    IntentBuilder visibleTo(Visibility visibility, PersonId... named) {
        this.visibility = visibility;
        this.named = Set.of(named);
        return this;
    }

    IntentBuilder at(Instant at) {
        this.at = at;
        return this;
    }

    Intent declare() {
        return Intent.declare(
                ORG, author, statement, reason, scope, visibility, named, window, route, peopleOfScope, at);
    }

    /** Declared, with the declaration already handed over, so a test sees only what its own step records. */
    Intent declaredAndPublished() {
        var intent = declare();
        intent.releaseEvents();
        return intent;
    }
}
