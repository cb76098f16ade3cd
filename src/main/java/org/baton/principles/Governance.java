package org.baton.principles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.baton.decisions.Consequence;
import org.baton.decisions.DecisionDraft;
import org.baton.decisions.DecisionId;
import org.baton.decisions.DecisionMethod;
import org.baton.decisions.Decisions;
import org.baton.decisions.Reversibility;
import org.baton.intents.IntentId;
import org.baton.intents.Intents;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.teams.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The principles governance body at work: rotating membership, changes proposed by anyone and adopted by
 * consent within the body (the decisions module's consent process), tensions gathered from the work, and
 * regeneration reviews on the organization's cadence that keep, change or retire each principle.
 */
@Service
public class Governance {

    public static final Period DEFAULT_CADENCE = Period.ofMonths(3);

    private final JdbcClient jdbc;
    private final Principles principles;
    private final Decisions decisions;
    private final People people;
    private final Intents intents;

    Governance(JdbcClient jdbc, Principles principles, Decisions decisions, People people, Intents intents) {
        this.jdbc = jdbc;
        this.principles = principles;
        this.decisions = decisions;
        this.people = people;
        this.intents = intents;
    }

    // The body and its terms

    @Transactional
    public Term appoint(OrganizationId org, PersonId person, LocalDate startsOn, LocalDate endsOn) {
        people.requireMembers(org, List.of(person), "personId");
        if (startsOn == null || endsOn == null || !endsOn.isAfter(startsOn)) {
            throw new RuleViolation("termEndsOn", "governance.term.order", "A term ends after it starts.");
        }
        var term = new Term(UUID.randomUUID(), person, startsOn, endsOn);
        jdbc.sql(
                        "insert into governance_members (organization_id, id, person_id, term_starts_on, term_ends_on) values (?, ?, ?, ?, ?)")
                .params(
                        org.value(),
                        term.id(),
                        person.value(),
                        java.sql.Date.valueOf(startsOn),
                        java.sql.Date.valueOf(endsOn))
                .update();
        return term;
    }

    /** Every term, current and past, soonest ending first. */
    @Transactional(readOnly = true)
    public List<Term> terms(OrganizationId org) {
        return jdbc.sql("select * from governance_members where organization_id = ? order by term_ends_on, id")
                .param(org.value())
                .query((rs, n) -> new Term(
                        rs.getObject("id", UUID.class),
                        new PersonId(rs.getObject("person_id", UUID.class)),
                        rs.getDate("term_starts_on").toLocalDate(),
                        rs.getDate("term_ends_on").toLocalDate()))
                .list();
    }

    private List<PersonId> currentMembers(OrganizationId org) {
        LocalDate today = today();
        return terms(org).stream()
                .filter(t -> t.currentOn(today))
                .map(Term::personId)
                .distinct()
                .toList();
    }

    @Transactional(readOnly = true)
    public Period cadence(OrganizationId org) {
        return jdbc.sql("select review_cadence from governance_settings where organization_id = ?")
                .param(org.value())
                .query(String.class)
                .optional()
                .map(Period::parse)
                .orElse(DEFAULT_CADENCE);
    }

    @Transactional
    public Period setCadence(OrganizationId org, String cadence) {
        Period period;
        try {
            period = Period.parse(cadence == null ? "" : cadence.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(
                    "reviewCadence",
                    "governance.cadence.invalid",
                    "Give the cadence as an ISO-8601 period, e.g. P3M for quarterly.");
        }
        if (period.isZero() || period.isNegative()) {
            throw new RuleViolation(
                    "reviewCadence",
                    "governance.cadence.invalid",
                    "Give the cadence as an ISO-8601 period, e.g. P3M for quarterly.");
        }
        jdbc.sql(
                        "insert into governance_settings (organization_id, review_cadence) values (?, ?) on conflict (organization_id) do update set review_cadence = excluded.review_cadence")
                .params(org.value(), period.toString())
                .update();
        return period;
    }

    // Changes proposed by anyone, adopted by consent within the body

    @Transactional
    public ChangeProposal propose(
            OrganizationId org,
            PersonId by,
            ChangeProposal.Kind kind,
            ValueId valueId,
            PrincipleId principleId,
            String text,
            String description,
            String rationale,
            Trigger trigger) {
        ChangeProposal.requireComplete(kind, valueId, principleId, text, rationale);
        String subject = subject(org, kind, valueId, principleId, text);
        var body = currentMembers(org);
        if (body.isEmpty()) {
            throw new StateConflict(
                    "governance.body.empty",
                    "Changes are adopted by consent within the governance body: appoint its members first.");
        }
        var decision = decisions.raise(
                org,
                by,
                new DecisionDraft(
                        subject,
                        rationale.strip(),
                        Scope.ORGANIZATION,
                        Reversibility.HARD,
                        Consequence.HIGH,
                        List.of(),
                        DecisionMethod.CONSENT,
                        null,
                        text == null ? subject : text.strip(),
                        null,
                        null,
                        null,
                        null));
        if (!body.contains(by)) {
            // Proposed from outside the body: its members are asked to take part in the consent round.
            decisions.requestAdvice(org, decision.id(), by, body);
        }
        var proposal = new ChangeProposal(
                UUID.randomUUID(),
                decision.id(),
                kind,
                valueId,
                principleId,
                text == null ? null : text.strip(),
                description,
                rationale.strip(),
                trigger,
                by,
                principles.now(),
                ChangeProposal.Status.PENDING);
        jdbc.sql(
                        """
                insert into principle_change_proposals (organization_id, id, decision_id, kind, value_id, principle_id, text, description, rationale,
                    trigger_type, trigger_id, proposed_by, proposed_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        org.value(),
                        proposal.id(),
                        decision.id().value(),
                        kind.name(),
                        valueId == null ? null : valueId.value(),
                        principleId == null ? null : principleId.value(),
                        proposal.text(),
                        description,
                        proposal.rationale(),
                        trigger == null ? null : trigger.kind().name(),
                        trigger == null ? null : trigger.id(),
                        by.value(),
                        Timestamp.from(proposal.proposedAt()),
                        proposal.status().name())
                .update();
        return proposal;
    }

    @Transactional(readOnly = true)
    public List<ChangeProposal> proposals(OrganizationId org) {
        return jdbc.sql(
                        "select * from principle_change_proposals where organization_id = ? order by proposed_at desc, id")
                .param(org.value())
                .query(Governance::proposal)
                .list();
    }

    /** Adopts the change whose consent decision was just made, if that decision was one. */
    void adoptProposalDecidedBy(OrganizationId org, DecisionId decisionId, PersonId decider) {
        jdbc.sql(
                        "select * from principle_change_proposals where organization_id = ? and decision_id = ? and status = 'PENDING'")
                .params(org.value(), decisionId.value())
                .query(Governance::proposal)
                .optional()
                .ifPresent(proposal -> adopt(org, proposal, decider));
    }

    private void adopt(OrganizationId org, ChangeProposal p, PersonId decider) {
        var trigger = p.trigger() == null
                ? new Trigger(Trigger.Kind.DECISION, p.decisionId().value())
                : p.trigger();
        switch (p.kind()) {
            case DEFINE_VALUE -> principles.defineValue(org, p.proposedBy(), p.text(), p.description());
            case REVISE_VALUE ->
                principles.reviseValue(
                        org, decider, p.valueId(), null, p.text(), p.description(), null, p.rationale(), trigger);
            case RETIRE_VALUE ->
                principles.reviseValue(
                        org, decider, p.valueId(), null, null, null, Status.RETIRED, p.rationale(), trigger);
            case ADOPT_PRINCIPLE -> principles.adopt(org, decider, p.valueId(), p.text(), p.rationale(), trigger);
            case REVISE_PRINCIPLE ->
                principles.revise(org, decider, p.principleId(), null, p.text(), null, p.rationale(), trigger);
            case RETIRE_PRINCIPLE ->
                principles.revise(org, decider, p.principleId(), null, null, Status.RETIRED, p.rationale(), trigger);
        }
        jdbc.sql("update principle_change_proposals set status = 'ADOPTED' where organization_id = ? and id = ?")
                .params(org.value(), p.id())
                .update();
    }

    private String subject(
            OrganizationId org, ChangeProposal.Kind kind, ValueId valueId, PrincipleId principleId, String text) {
        String about =
                switch (kind) {
                    case DEFINE_VALUE -> text.strip();
                    case REVISE_VALUE, RETIRE_VALUE, ADOPT_PRINCIPLE ->
                        principles
                                .findValue(org, valueId)
                                .orElseThrow(() -> new RuleViolation(
                                        "valueId",
                                        "value.unknown",
                                        "No value with id " + valueId + " in this organization.",
                                        valueId))
                                .name();
                    case REVISE_PRINCIPLE, RETIRE_PRINCIPLE ->
                        principles
                                .find(org, principleId)
                                .orElseThrow(() -> new RuleViolation(
                                        "principleId",
                                        "principle.unknown",
                                        "No principle with id " + principleId + " in this organization.",
                                        principleId))
                                .statement();
                };
        String verb =
                switch (kind) {
                    case DEFINE_VALUE -> "Define the value";
                    case REVISE_VALUE -> "Revise the value";
                    case RETIRE_VALUE -> "Retire the value";
                    case ADOPT_PRINCIPLE -> "Adopt a principle under";
                    case REVISE_PRINCIPLE -> "Revise the principle";
                    case RETIRE_PRINCIPLE -> "Retire the principle";
                };
        return verb + " '" + about + "'";
    }

    // Tensions

    @Transactional
    public Tension flag(
            OrganizationId org, PersonId by, PrincipleId principle, String subjectType, UUID subjectId, String note) {
        principles.principle(org, principle);
        if (note == null || note.isBlank()) {
            throw new RuleViolation("note", "tension.note.required", "Say how the work rubbed against the principle.");
        }
        if (subjectType == null || !List.of("DECISION", "INTENT").contains(subjectType)) {
            throw new RuleViolation("subjectType", "tension.subject.type", "Flag a DECISION or an INTENT.");
        }
        boolean exists =
                switch (subjectType) {
                    case "DECISION" ->
                        decisions.find(org, new DecisionId(subjectId)).isPresent();
                    default -> intents.find(org, new IntentId(subjectId)).isPresent();
                };
        if (!exists) {
            throw new RuleViolation(
                    "subjectId",
                    "tension.subject.unknown",
                    "No " + subjectType.toLowerCase() + " with id " + subjectId + " in this organization.");
        }
        var tension = new Tension(
                UUID.randomUUID(),
                principle,
                Tension.Source.FLAG,
                subjectType,
                subjectId,
                note.strip(),
                by,
                principles.now());
        insert(org, tension);
        return tension;
    }

    void recordTensions(
            OrganizationId org, List<UUID> principleIds, String subjectType, UUID subject, String note, PersonId by) {
        for (UUID principle : principleIds) {
            insert(
                    org,
                    new Tension(
                            UUID.randomUUID(),
                            new PrincipleId(principle),
                            Tension.Source.OBJECTION,
                            subjectType,
                            subject,
                            note,
                            by,
                            principles.now()));
        }
    }

    private void insert(OrganizationId org, Tension t) {
        jdbc.sql(
                        """
                insert into tensions (organization_id, id, principle_id, source, subject_type, subject_id, note, raised_by, raised_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        org.value(),
                        t.id(),
                        t.principleId().value(),
                        t.source().name(),
                        t.subjectType(),
                        t.subjectId(),
                        t.note(),
                        t.raisedBy() == null ? null : t.raisedBy().value(),
                        Timestamp.from(t.raisedAt()))
                .update();
    }

    @Transactional(readOnly = true)
    public List<Tension> tensionsSince(OrganizationId org, Instant since) {
        return jdbc.sql(
                        "select * from tensions where organization_id = ? and (cast(? as timestamptz) is null or raised_at >= ?) order by raised_at, id")
                .params(
                        org.value(),
                        since == null ? null : Timestamp.from(since),
                        since == null ? null : Timestamp.from(since))
                .query(Governance::tension)
                .list();
    }

    // Regeneration reviews

    /** Opens a review that gathers the tensions raised since the last closed one. One review is open at a time. */
    @Transactional
    public Review startReview(OrganizationId org, PersonId by) {
        if (openReview(org).isPresent()) {
            throw new StateConflict("review.open", "A regeneration review is open already: close it first.");
        }
        var since = lastClosedAt(org).orElse(null);
        var id = UUID.randomUUID();
        jdbc.sql(
                        "insert into regeneration_reviews (organization_id, id, started_at, started_by, tensions_since) values (?, ?, ?, ?, ?)")
                .params(
                        org.value(),
                        id,
                        Timestamp.from(principles.now()),
                        by.value(),
                        since == null ? null : Timestamp.from(since))
                .update();
        return review(org, id);
    }

    /**
     * Records what the review decided for one principle: kept (reaffirmed, so no longer stale), changed (a new
     * version) or retired, the change triggered by the review.
     */
    @Transactional
    public Review recordOutcome(
            OrganizationId org,
            UUID reviewId,
            PersonId by,
            PrincipleId principle,
            Review.Outcome.Kind kind,
            String statement,
            String note) {
        var review = review(org, reviewId);
        if (!review.open()) {
            throw new StateConflict("review.closed", "This review is closed.");
        }
        principles.principle(org, principle);
        if (kind == null) {
            throw new RuleViolation(
                    "outcome", "review.outcome.required", "Say whether the principle is kept, changed or retired.");
        }
        var trigger = new Trigger(Trigger.Kind.REVIEW, reviewId);
        String why = note == null || note.isBlank() ? "Regeneration review" : note.strip();
        switch (kind) {
            case KEPT -> principles.reaffirm(org, List.of(principle));
            case CHANGED -> principles.revise(org, by, principle, null, statement, null, why, trigger);
            case RETIRED -> principles.revise(org, by, principle, null, null, Status.RETIRED, why, trigger);
        }
        jdbc.sql(
                        """
                insert into review_outcomes (organization_id, review_id, principle_id, outcome, note, recorded_at) values (?, ?, ?, ?, ?, ?)
                on conflict (organization_id, review_id, principle_id) do update set outcome = excluded.outcome, note = excluded.note, recorded_at = excluded.recorded_at""")
                .params(
                        org.value(),
                        reviewId,
                        principle.value(),
                        kind.name(),
                        note == null ? "" : note.strip(),
                        Timestamp.from(principles.now()))
                .update();
        return review(org, reviewId);
    }

    @Transactional
    public Review closeReview(OrganizationId org, UUID reviewId) {
        int closed = jdbc.sql(
                        "update regeneration_reviews set closed_at = ? where organization_id = ? and id = ? and closed_at is null")
                .params(Timestamp.from(principles.now()), org.value(), reviewId)
                .update();
        if (closed == 0) {
            review(org, reviewId);
            throw new StateConflict("review.closed", "This review is closed.");
        }
        return review(org, reviewId);
    }

    @Transactional(readOnly = true)
    public Review review(OrganizationId org, UUID id) {
        var row = jdbc.sql(
                        "select started_at, closed_at, tensions_since from regeneration_reviews where organization_id = ? and id = ?")
                .params(org.value(), id)
                .query((rs, n) -> new Instant[] {rs.getTimestamp(1).toInstant(), instant(rs, 2), instant(rs, 3)})
                .optional()
                .orElseThrow(() -> new NotFound("review", id));
        var outcomes = jdbc.sql(
                        "select principle_id, outcome, note, recorded_at from review_outcomes where organization_id = ? and review_id = ? order by recorded_at")
                .params(org.value(), id)
                .query((rs, n) -> new Review.Outcome(
                        new PrincipleId(rs.getObject(1, UUID.class)),
                        Review.Outcome.Kind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
        var tensions = new ArrayList<>(tensionsSince(org, row[2]));
        if (row[1] != null) {
            tensions.removeIf(t -> t.raisedAt().isAfter(row[1]));
        }
        return new Review(id, row[0], row[1], row[2], tensions, outcomes);
    }

    @Transactional(readOnly = true)
    public List<Review> reviews(OrganizationId org) {
        return jdbc
                .sql("select id from regeneration_reviews where organization_id = ? order by started_at desc")
                .param(org.value())
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list()
                .stream()
                .map(id -> review(org, id))
                .toList();
    }

    /** The next review is due one cadence after the last closed one (or after the first principle was adopted). */
    @Transactional(readOnly = true)
    public ReviewSchedule schedule(OrganizationId org) {
        var cadence = cadence(org);
        var last = lastClosedAt(org);
        var since = last.or(() -> jdbc.sql("select min(created_at) from principles where organization_id = ?")
                .param(org.value())
                .query((rs, n) -> instant(rs, 1))
                .optional()
                .flatMap(Optional::ofNullable));
        Instant due = since.map(s -> s.atZone(ZoneOffset.UTC).plus(cadence).toInstant())
                .orElse(null);
        boolean open = openReview(org).isPresent();
        return new ReviewSchedule(
                cadence,
                last.orElse(null),
                due,
                due != null && !open && principles.now().isAfter(due),
                open);
    }

    private Optional<UUID> openReview(OrganizationId org) {
        return jdbc.sql("select id from regeneration_reviews where organization_id = ? and closed_at is null")
                .param(org.value())
                .query(UUID.class)
                .optional();
    }

    private Optional<Instant> lastClosedAt(OrganizationId org) {
        return jdbc.sql("select max(closed_at) from regeneration_reviews where organization_id = ?")
                .param(org.value())
                .query((rs, n) -> instant(rs, 1))
                .optional()
                .flatMap(Optional::ofNullable);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(principles.now(), ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Tension tension(ResultSet rs, int n) throws SQLException {
        UUID by = rs.getObject("raised_by", UUID.class);
        return new Tension(
                rs.getObject("id", UUID.class),
                new PrincipleId(rs.getObject("principle_id", UUID.class)),
                Tension.Source.valueOf(rs.getString("source")),
                rs.getString("subject_type"),
                rs.getObject("subject_id", UUID.class),
                rs.getString("note"),
                by == null ? null : new PersonId(by),
                rs.getTimestamp("raised_at").toInstant());
    }

    private static ChangeProposal proposal(ResultSet rs, int n) throws SQLException {
        UUID value = rs.getObject("value_id", UUID.class);
        UUID principle = rs.getObject("principle_id", UUID.class);
        String triggerType = rs.getString("trigger_type");
        return new ChangeProposal(
                rs.getObject("id", UUID.class),
                new DecisionId(rs.getObject("decision_id", UUID.class)),
                ChangeProposal.Kind.valueOf(rs.getString("kind")),
                value == null ? null : new ValueId(value),
                principle == null ? null : new PrincipleId(principle),
                rs.getString("text"),
                rs.getString("description"),
                rs.getString("rationale"),
                triggerType == null
                        ? null
                        : new Trigger(Trigger.Kind.valueOf(triggerType), rs.getObject("trigger_id", UUID.class)),
                new PersonId(rs.getObject("proposed_by", UUID.class)),
                rs.getTimestamp("proposed_at").toInstant(),
                ChangeProposal.Status.valueOf(rs.getString("status")));
    }
}
