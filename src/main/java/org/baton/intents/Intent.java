package org.baton.intents;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.decisions.ReasonedObjection;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RecordedEvents;
import org.baton.shared.RuleViolation;
import org.baton.shared.Visibility;
import org.baton.teams.Audience;
import org.baton.teams.Scope;
import org.baton.zones.AreaId;
import org.baton.zones.Route;
import org.baton.zones.Zone;

/**
 * "I intend to ...": anyone but the author may raise a reasoned objection while the window runs; only the author
 * amends, withdraws or takes the intent to an advice process, and records its result. Which of these steps is
 * open to whom is one rule ({@link #stepsOpenTo}), which each step's guard applies. Records each step as an event.
 */
public final class Intent {

    private final IntentId id;
    private final OrganizationId organizationId;
    private final PersonId authorId;
    private String statement;
    private String reason;
    private final Scope scope;
    private final Audience audience;
    private final AreaId areaId;
    private final Zone zone;
    private ObjectionWindow window;
    private IntentStatus status;
    private DecisionId decisionId;
    private String result;
    private final Instant declaredAt;
    private final List<String> earlierStatements;
    private final IntentObjections objections;
    private final long version;
    private final RecordedEvents<IntentEvent> events = new RecordedEvents<>();

    Intent(
            IntentId id,
            OrganizationId organizationId,
            PersonId authorId,
            String statement,
            String reason,
            Scope scope,
            Audience audience,
            AreaId areaId,
            Zone zone,
            ObjectionWindow window,
            IntentStatus status,
            DecisionId decisionId,
            String result,
            Instant declaredAt,
            List<String> earlierStatements,
            List<IntentObjection> objections,
            long version) {
        this.id = id;
        this.organizationId = organizationId;
        this.authorId = authorId;
        this.statement = statement;
        this.reason = reason;
        this.scope = scope;
        this.audience = audience;
        this.areaId = areaId;
        this.zone = zone;
        this.window = window;
        this.status = status;
        this.decisionId = decisionId;
        this.result = result;
        this.declaredAt = declaredAt;
        this.earlierStatements = new ArrayList<>(earlierStatements);
        this.objections = new IntentObjections(objections);
        this.version = version;
    }

    /**
     * Declares an intent, open to objections for {@code window} (48 hours when null). With a {@code route}
     * (the intent names a decision area) its zone applies: an area the centre decides is no place for an
     * intent, and whoever the route names is informed too. Who may see it is its {@code visibility}, with
     * the author and the {@code named} people.
     */
    static Intent declare(
            OrganizationId org,
            PersonId author,
            String statement,
            String reason,
            Scope scope,
            Visibility visibility,
            Set<PersonId> named,
            Duration window,
            Route route,
            List<PersonId> toInform,
            Instant now) {
        if (route != null && route.zone() == Zone.CENTRE_INTERVENTION) {
            throw new RuleViolation(
                    "areaId",
                    "intent.centreIntervention",
                    "Decisions in this area are taken by the centre, by consent: raise a decision instead of an intent.");
        }
        var intent = new Intent(
                IntentId.random(),
                org,
                author,
                requireStatement(statement),
                reason == null ? "" : reason.strip(),
                scope == null ? Scope.ORGANIZATION : scope,
                new Audience(visibility, scope, named).naming(List.of(author)),
                route == null ? null : route.area().id(),
                route == null ? null : route.zone(),
                ObjectionWindow.open(window, now),
                IntentStatus.OPEN,
                null,
                null,
                now,
                List.of(),
                List.of(),
                0);
        intent.events.record(intent.declared(IntentAudience.of(author, toInform, route)));
        return intent;
    }

    /** Anyone else may object while the window runs, naming the harm; the caller checks cited principles. */
    IntentObjection object(PersonId by, String harm, List<UUID> cites, Instant now) {
        String reasoned = ReasonedObjection.require(harm);
        standing().require(IntentStep.OBJECT, by, now);
        var objection = objections.raise(by, reasoned, now);
        status = IntentStatus.OBJECTED;
        events.record(new IntentObjectionRaised(
                organizationId, id, now, by, statement, reason, scope, objection.id(), reasoned, cites, authorId));
        return objection;
    }

    /**
     * A new statement answers the objections so far, and the window starts again; the amended intent is
     * shown again to {@code informed}, the people of its scope.
     */
    void amend(PersonId by, String newStatement, String newReason, List<PersonId> informed, Instant now) {
        standing().require(IntentStep.AMEND, by, now);
        var earlier = statement;
        statement = requireStatement(newStatement);
        earlierStatements.add(earlier);
        if (newReason != null && !newReason.isBlank()) {
            reason = newReason.strip();
        }
        var objectors = objections.addressAll();
        status = IntentStatus.OPEN;
        window = window.restart(now);
        var shownTo = informed.stream().filter(p -> !p.equals(authorId)).toList();
        events.record(new IntentAmended(
                organizationId, id, now, by, statement, reason, scope, earlier, deadline(), objectors, shownTo));
    }

    void withdraw(PersonId by, Instant now) {
        standing().require(IntentStep.WITHDRAW, by, now);
        status = IntentStatus.WITHDRAWN;
        events.record(
                new IntentWithdrawn(organizationId, id, now, by, statement, reason, scope, objections.objectors()));
    }

    void takeToAdvice(PersonId by, DecisionId decision, Instant now) {
        standing().require(IntentStep.TAKE_TO_ADVICE, by, now);
        status = IntentStatus.IN_ADVICE;
        decisionId = decision;
        events.record(new IntentTakenToAdvice(organizationId, id, now, by, statement, reason, scope, decision));
    }

    /** The window ended with no open objection: Baton lets the author go ahead, as of the deadline. */
    void proceed(Instant now) {
        if (status != IntentStatus.OPEN) {
            throw new RuleViolation(
                    null, "intent.proceed.notOpen", "Only an open intent without an open objection proceeds.");
        }
        if (window.runsAt(now)) {
            throw new RuleViolation(null, "intent.proceed.windowRunning", "The objection window is still running.");
        }
        status = IntentStatus.PROCEEDING;
        events.record(new IntentProceeded(organizationId, id, deadline(), null, statement, reason, scope, authorId));
    }

    void recordResult(PersonId by, String outcome, Instant now) {
        standing().require(IntentStep.RECORD_RESULT, by, now);
        result = requireText(outcome, "result", "intent.result.required", "Describe what happened.");
        events.record(new IntentResultRecorded(organizationId, id, now, by, statement, reason, scope, result));
    }

    private IntentDeclared declared(List<PersonId> informed) {
        return new IntentDeclared(
                organizationId, id, declaredAt, authorId, statement, reason, scope, areaId, zone, deadline(), informed);
    }

    private static String requireStatement(String statement) {
        return requireText(statement, "statement", "intent.statement.required", "Say what you intend to do.");
    }

    private static String requireText(String text, String field, String key, String message) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(field, key, message);
        }
        return org.baton.shared.TextLimits.require(field, text.strip(), org.baton.shared.TextLimits.TEXT);
    }

    /**
     * The steps open to {@code viewer} at {@code now}: objecting while the window runs for everyone but the
     * author; amending, withdrawing and taking it to advice while it is undecided, and recording its result once
     * it went ahead, for the author. Each step's guard refuses exactly what this leaves out.
     */
    public Set<IntentStep> stepsOpenTo(PersonId viewer, Instant now) {
        return standing().stepsOpenTo(viewer, now);
    }

    private IntentStanding standing() {
        return new IntentStanding(authorId, status, window, result);
    }

    List<IntentEvent> releaseEvents() {
        return events.release();
    }

    public IntentId id() {
        return id;
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public PersonId authorId() {
        return authorId;
    }

    public String statement() {
        return statement;
    }

    public String reason() {
        return reason;
    }

    public Scope scope() {
        return scope;
    }

    /** Who may see the intent. */
    public Audience audience() {
        return audience;
    }

    public AreaId areaId() {
        return areaId;
    }

    public Zone zone() {
        return zone;
    }

    public Duration objectionWindow() {
        return window.length();
    }

    public Instant deadline() {
        return window.deadline();
    }

    public IntentStatus status() {
        return status;
    }

    public DecisionId decisionId() {
        return decisionId;
    }

    public String result() {
        return result;
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    public List<String> earlierStatements() {
        return List.copyOf(earlierStatements);
    }

    public List<IntentObjection> objections() {
        return objections.list();
    }

    public long version() {
        return version;
    }
}
