package org.baton.decisions;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.baton.homebases.HomeBaseId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.Visibility;
import org.baton.teams.Scope;
import org.baton.zones.AreaId;
import org.baton.zones.Route;
import org.baton.zones.Zone;

/**
 * Decisions for tests of the rules, raised the way {@link Decisions} raises them, without a database:
 * {@code aConsentDecision().raisedBy(ANA).in(scope).build()}. A consent round's team is Ben and Cara unless the
 * test says otherwise.
 */
final class DecisionBuilder {

    static final OrganizationId ORG = OrganizationId.random();
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final PersonId ANA = PersonId.random();
    static final PersonId BEN = PersonId.random();
    static final PersonId CARA = PersonId.random();
    static final PersonId DAN = PersonId.random();
    static final Scope HOME_BASE = new Scope(HomeBaseId.random(), null);
    static final String HARM = "Support would be unstaffed on Fridays and our response-time goal breaks";

    private String title = "Move to a four-day week";
    private String context = "Burnout shows in the survey";
    private Scope scope = Scope.ORGANIZATION;
    private Reversibility reversibility;
    private Consequence consequence;
    private DecisionMethod method;
    private String methodReason;
    private String proposal;
    private Duration consentWindow = Duration.ofDays(7);
    private PersonId proposer = ANA;
    private AreaId areaId;
    private Route route;
    private List<PersonId> team = List.of(BEN, CARA);
    private List<PersonId> participants = List.of();
    private List<PersonId> impacted = List.of();
    private Duration consultWindow;
    private Instant at = NOW;
    private Visibility visibility = Visibility.ORGANIZATION;

    private DecisionBuilder(Reversibility reversibility, Consequence consequence) {
        this.reversibility = reversibility;
        this.consequence = consequence;
    }

    /** Hard to reverse, high consequence: consent. */
    static DecisionBuilder aConsentDecision() {
        return new DecisionBuilder(Reversibility.HARD, Consequence.HIGH);
    }

    /** Hard to reverse, low consequence: the advice process. */
    static DecisionBuilder anAdviceDecision() {
        return new DecisionBuilder(Reversibility.HARD, Consequence.LOW);
    }

    /** Easy to reverse, high consequence: consulting the impacted. */
    static DecisionBuilder aDecisionConsultingTheImpacted() {
        return new DecisionBuilder(Reversibility.EASY, Consequence.HIGH);
    }

    /** Easy to reverse, low consequence: decided alone. */
    static DecisionBuilder aDecisionToTakeAlone() {
        return new DecisionBuilder(Reversibility.EASY, Consequence.LOW);
    }

    DecisionBuilder raisedBy(PersonId proposer) {
        this.proposer = proposer;
        return this;
    }

    DecisionBuilder in(Scope scope) {
        this.scope = scope;
        return this;
    }

    DecisionBuilder titled(String title) {
        this.title = title;
        return this;
    }

    DecisionBuilder about(String context) {
        this.context = context;
        return this;
    }

    DecisionBuilder proposing(String proposal) {
        this.proposal = proposal;
        return this;
    }

    DecisionBuilder risk(Reversibility reversibility, Consequence consequence) {
        this.reversibility = reversibility;
        this.consequence = consequence;
        return this;
    }

    DecisionBuilder by(DecisionMethod method, String reason) {
        this.method = method;
        this.methodReason = reason;
        return this;
    }

    DecisionBuilder consentWindow(Duration window) {
        this.consentWindow = window;
        return this;
    }

    /** In an area of {@code zone}, routed to {@code deciders} (the centre's members, where the centre decides). */
    DecisionBuilder inZone(Zone zone, PersonId... deciders) {
        this.areaId = AreaId.random();
        this.route = new Route(
                null,
                zone,
                deciders.length == 0 ? Route.Decider.YOU : Route.Decider.CENTRE,
                Arrays.asList(deciders),
                List.of(),
                zone == Zone.PRINCIPLE_CHECK,
                null,
                "",
                List.of());
        return this;
    }

    /** In an area another team holds: {@code leader} leads it, and {@code people} are its other people. */
    DecisionBuilder inAreaHeldBy(String holder, PersonId leader, PersonId... people) {
        this.areaId = AreaId.random();
        var informed = new java.util.ArrayList<PersonId>();
        if (leader != null) {
            informed.add(leader);
        }
        informed.addAll(Arrays.asList(people));
        this.route = new Route(
                null,
                new Route.Holder(Route.Holder.Type.HOME_BASE, java.util.UUID.randomUUID(), holder, leader),
                Zone.LOCAL,
                Route.Decider.HOLDER,
                leader == null ? List.of() : List.of(leader),
                informed,
                false,
                null,
                "route.holder",
                List.of(holder));
        return this;
    }

    /** The people of the decision's team (its home base's or mission's leader and members); Ben and Cara unless said. */
    DecisionBuilder team(PersonId... people) {
        this.team = List.of(people);
        return this;
    }

    /** The people the proposer adds to a consent round, besides the team. */
    DecisionBuilder askingConsentOf(PersonId... people) {
        this.participants = List.of(people);
        return this;
    }

    /** The people a decision consulting the impacted names. */
    DecisionBuilder impacting(PersonId... people) {
        this.impacted = List.of(people);
        return this;
    }

    DecisionBuilder consultWindow(Duration window) {
        this.consultWindow = window;
        return this;
    }

    /** Who may see it: its visibility, with the people its draft names as participants and as impacted. */
    DecisionBuilder visibleTo(Visibility visibility, List<PersonId> participants, List<PersonId> impacted) {
        this.visibility = visibility;
        this.participants = participants;
        this.impacted = impacted;
        return this;
    }

    DecisionBuilder at(Instant at) {
        this.at = at;
        return this;
    }

    DecisionDraft draft() {
        return new DecisionDraft(
                title,
                context,
                scope,
                reversibility,
                consequence,
                List.of("Option A", "Option B"),
                method,
                methodReason,
                proposal,
                consentWindow,
                null,
                null,
                areaId,
                participants,
                impacted,
                visibility,
                consultWindow,
                List.of());
    }

    /** Raises the decision; its {@link DecisionRaised} is still recorded. */
    Decision raise() {
        return Decision.raise(ORG, draft(), proposer, route, team, at);
    }

    /** Raises the decision and hands its {@link DecisionRaised} over, so that only later steps are recorded. */
    Decision build() {
        var decision = raise();
        decision.events().release();
        return decision;
    }
}
