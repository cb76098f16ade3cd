package org.baton.intents;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.decisions.ReasonedObjection;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.baton.teams.Scope;
import org.baton.zones.AreaId;
import org.baton.zones.Route;
import org.baton.zones.Zone;

/**
 * "I intend to ...": guards the objection window. Only the author amends, withdraws or takes the intent to
 * an advice process, and records its result; anyone may object, with a reasoned objection, while the
 * window runs.
 */
public final class Intent {

    public static final Duration DEFAULT_WINDOW = Duration.ofHours(48);

    private final IntentId id;
    private final OrganizationId organizationId;
    private final PersonId authorId;
    private String statement;
    private String reason;
    private final Scope scope;
    private final AreaId areaId;
    private final Zone zone;
    private final Duration objectionWindow;
    private Instant deadline;
    private IntentStatus status;
    private DecisionId decisionId;
    private String result;
    private final Instant declaredAt;
    private final List<String> earlierStatements;
    private final List<IntentObjection> objections;
    private final long version;
    private final List<IntentChanged> events = new ArrayList<>();

    Intent(
            IntentId id,
            OrganizationId organizationId,
            PersonId authorId,
            String statement,
            String reason,
            Scope scope,
            AreaId areaId,
            Zone zone,
            Duration objectionWindow,
            Instant deadline,
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
        this.areaId = areaId;
        this.zone = zone;
        this.objectionWindow = objectionWindow;
        this.deadline = deadline;
        this.status = status;
        this.decisionId = decisionId;
        this.result = result;
        this.declaredAt = declaredAt;
        this.earlierStatements = new ArrayList<>(earlierStatements);
        this.objections = new ArrayList<>(objections);
        this.version = version;
    }

    /**
     * Declares an intent. With a {@code route} (the intent names a decision area) its zone applies: an area
     * the centre decides is no place for an intent, and whoever the route names is informed too.
     */
    static Intent declare(
            OrganizationId org,
            PersonId author,
            String statement,
            String reason,
            Scope scope,
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
        var length = window == null ? DEFAULT_WINDOW : window;
        if (length.isZero() || length.isNegative()) {
            throw new RuleViolation(
                    "objectionWindow",
                    "intent.window.positive",
                    "The objection window must be a positive duration, e.g. PT48H.");
        }
        var intent = new Intent(
                IntentId.random(),
                org,
                author,
                requireStatement(statement),
                reason == null ? "" : reason.strip(),
                scope == null ? Scope.ORGANIZATION : scope,
                route == null ? null : route.area().id(),
                route == null ? null : route.zone(),
                length,
                now.plus(length),
                IntentStatus.OPEN,
                null,
                null,
                now,
                List.of(),
                List.of(),
                0);
        var audience = new LinkedHashSet<>(toInform);
        if (route != null) {
            audience.addAll(route.informed());
        }
        intent.record(
                IntentAction.DECLARED,
                author,
                now,
                "",
                audience.stream().filter(p -> !p.equals(author)).toList());
        return intent;
    }

    IntentObjection object(PersonId by, String harm, List<UUID> cites, Instant now) {
        String reasoned = ReasonedObjection.require(harm);
        if (status != IntentStatus.OPEN && status != IntentStatus.OBJECTED) {
            throw new RuleViolation(null, "intent.closed", "Objections are raised while the intent is open.");
        }
        if (!now.isBefore(deadline)) {
            throw new RuleViolation(null, "intent.windowEnded", "The objection window has ended.");
        }
        var objection = new IntentObjection(UUID.randomUUID(), by, reasoned, now, false);
        objections.add(objection);
        status = IntentStatus.OBJECTED;
        events.add(new IntentChanged(
                organizationId,
                id,
                IntentAction.OBJECTION_RAISED,
                by,
                now,
                statement,
                reason,
                "",
                List.copyOf(cites),
                scope,
                reasoned,
                List.of(authorId)));
        return objection;
    }

    /** A new statement answers the objections so far, and the window starts again. */
    void amend(PersonId by, String newStatement, String newReason, List<PersonId> toInform, Instant now) {
        requireAuthor(by, "amend");
        requireUndecided();
        earlierStatements.add(statement);
        statement = requireStatement(newStatement);
        if (newReason != null && !newReason.isBlank()) {
            reason = newReason.strip();
        }
        var objectors = objections.stream()
                .filter(o -> !o.addressed())
                .map(IntentObjection::raisedBy)
                .toList();
        objections.replaceAll(o -> new IntentObjection(o.id(), o.raisedBy(), o.harm(), o.raisedAt(), true));
        status = IntentStatus.OPEN;
        deadline = now.plus(objectionWindow);
        var recipients = new ArrayList<PersonId>(toInform);
        recipients.addAll(objectors);
        record(
                IntentAction.AMENDED,
                by,
                now,
                statement,
                recipients.stream().filter(p -> !p.equals(authorId)).distinct().toList());
    }

    void withdraw(PersonId by, Instant now) {
        requireAuthor(by, "withdraw");
        requireUndecided();
        status = IntentStatus.WITHDRAWN;
        record(
                IntentAction.WITHDRAWN,
                by,
                now,
                "",
                objections.stream().map(IntentObjection::raisedBy).distinct().toList());
    }

    void takeToAdvice(PersonId by, DecisionId decision, Instant now) {
        requireAuthor(by, "take into an advice process");
        requireUndecided();
        status = IntentStatus.IN_ADVICE;
        decisionId = decision;
        record(IntentAction.TAKEN_TO_ADVICE, by, now, decision.toString(), List.of());
    }

    /** The window ended without objection (claimed by the sweep). */
    void proceeded(Instant at) {
        status = IntentStatus.PROCEEDING;
        record(IntentAction.PROCEEDING, null, at, "", List.of(authorId));
    }

    void recordResult(PersonId by, String outcome, Instant now) {
        requireAuthor(by, "record the result of");
        if (status != IntentStatus.PROCEEDING && status != IntentStatus.IN_ADVICE) {
            throw new RuleViolation(
                    null, "intent.result.notProceeding", "A result is recorded once the intent has gone ahead.");
        }
        if (result != null) {
            throw new org.baton.shared.StateConflict("intent.result.recorded", "The result is recorded already.");
        }
        if (outcome == null || outcome.isBlank()) {
            throw new RuleViolation("result", "intent.result.required", "Describe what happened.");
        }
        result = outcome.strip();
        record(IntentAction.RESULT_RECORDED, by, now, result, List.of());
    }

    private static String requireStatement(String statement) {
        if (statement == null || statement.isBlank()) {
            throw new RuleViolation("statement", "intent.statement.required", "Say what you intend to do.");
        }
        return statement.strip();
    }

    private void requireAuthor(PersonId by, String what) {
        if (!by.equals(authorId)) {
            throw new NotPermitted("Only the person who declared this intent may " + what + " it.");
        }
    }

    private void requireUndecided() {
        if (status != IntentStatus.OPEN && status != IntentStatus.OBJECTED) {
            throw new RuleViolation(
                    null,
                    "intent.closed",
                    "This intent is " + status.name().toLowerCase().replace('_', ' ') + " already.");
        }
    }

    private void record(IntentAction action, PersonId actor, Instant at, String detail, List<PersonId> recipients) {
        events.add(new IntentChanged(
                organizationId,
                id,
                action,
                actor,
                at,
                statement,
                reason,
                result == null ? "" : result,
                List.of(),
                scope,
                detail,
                recipients));
    }

    List<IntentChanged> releaseEvents() {
        var released = List.copyOf(events);
        events.clear();
        return released;
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

    public AreaId areaId() {
        return areaId;
    }

    public Zone zone() {
        return zone;
    }

    public Duration objectionWindow() {
        return objectionWindow;
    }

    public Instant deadline() {
        return deadline;
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
        return List.copyOf(objections);
    }

    public long version() {
        return version;
    }
}
