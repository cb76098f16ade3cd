package org.baton.decisions;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.baton.teams.Scope;
import org.baton.zones.AreaId;
import org.baton.zones.Zone;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DecisionRepository {

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Decision d) {
        jdbc.sql(
                        """
                insert into decisions (organization_id, id, title, context, home_base_id, mission_id, proposer_id, decider_id,
                    reversibility, consequence, options, recommended_method, method, method_reason, status, consent_deadline,
                    corrects_id, intent_id, area_id, zone, raised_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        org(d),
                        d.id().value(),
                        d.title(),
                        d.context(),
                        homeBase(d.scope()),
                        mission(d.scope()),
                        d.proposerId().value(),
                        d.deciderId().value(),
                        d.reversibility().name(),
                        d.consequence().name(),
                        d.options().toArray(String[]::new),
                        d.recommendedMethod().name(),
                        d.method().name(),
                        d.methodReason(),
                        d.status().name(),
                        ts(d.consentDeadline()),
                        d.correctsId() == null ? null : d.correctsId().value(),
                        d.intentId(),
                        d.areaId() == null ? null : d.areaId().value(),
                        d.zone() == null ? null : d.zone().name(),
                        ts(d.raisedAt()))
                .update();
        saveParts(d);
    }

    void update(Decision d) {
        int updated = jdbc.sql(
                        """
                update decisions set decider_id = ?, method = ?, status = ?, fell_back_at = ?, choice = ?, rationale = ?, principle_ids = ?,
                    expected_result = ?, review_on = ?, actual_result = ?, result_recorded_at = ?, decided_at = ?, version = version + 1
                where organization_id = ? and id = ? and version = ?""")
                .params(
                        d.deciderId().value(),
                        d.method().name(),
                        d.status().name(),
                        ts(d.fellBackAt()),
                        d.choice(),
                        d.rationale(),
                        d.principleIds().toArray(UUID[]::new),
                        d.expectedResult(),
                        d.reviewOn() == null ? null : Date.valueOf(d.reviewOn()),
                        d.actualResult(),
                        ts(d.resultRecordedAt()),
                        ts(d.decidedAt()),
                        org(d),
                        d.id().value(),
                        d.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("decision " + d.id() + " was changed by someone else");
        }
        for (String table :
                List.of("decision_advice", "decision_reactions", "decision_objections", "decision_contests")) {
            jdbc.sql("delete from " + table + " where organization_id = ? and decision_id = ?")
                    .params(org(d), d.id().value())
                    .update();
        }
        saveParts(d);
    }

    private void saveParts(Decision d) {
        for (Proposal p : d.proposals()) {
            jdbc.sql(
                            """
                    insert into decision_proposals (organization_id, decision_id, position, proposal, proposed_at) values (?, ?, ?, ?, ?)
                    on conflict do nothing""")
                    .params(org(d), d.id().value(), p.version(), p.text(), ts(p.proposedAt()))
                    .update();
        }
        for (Advice a : d.advice()) {
            jdbc.sql(
                            "insert into decision_advice (organization_id, decision_id, person_id, requested_at, advice, given_at) values (?, ?, ?, ?, ?, ?)")
                    .params(
                            org(d),
                            d.id().value(),
                            a.personId().value(),
                            ts(a.requestedAt()),
                            a.advice(),
                            ts(a.givenAt()))
                    .update();
        }
        for (Reaction r : d.reactions()) {
            jdbc.sql(
                            "insert into decision_reactions (organization_id, decision_id, person_id, reaction, comment, reacted_at) values (?, ?, ?, ?, ?, ?)")
                    .params(
                            org(d),
                            d.id().value(),
                            r.personId().value(),
                            r.kind().name(),
                            r.comment(),
                            ts(r.reactedAt()))
                    .update();
        }
        for (Objection o : d.objections()) {
            jdbc.sql(
                            """
                    insert into decision_objections (organization_id, id, decision_id, raised_by, harm, raised_at, status, resolved_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            org(d),
                            o.id(),
                            d.id().value(),
                            o.raisedBy().value(),
                            o.harm(),
                            ts(o.raisedAt()),
                            o.status().name(),
                            ts(o.resolvedAt()))
                    .update();
        }
        for (Contest c : d.contests()) {
            jdbc.sql(
                            """
                    insert into decision_contests (organization_id, id, decision_id, raised_by, reason, raised_at, answer, answered_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            org(d),
                            c.id(),
                            d.id().value(),
                            c.raisedBy().value(),
                            c.reason(),
                            ts(c.raisedAt()),
                            c.answer(),
                            ts(c.answeredAt()))
                    .update();
        }
    }

    Optional<Decision> find(OrganizationId org, DecisionId id) {
        return complete(
                        org,
                        jdbc.sql("select * from decisions where organization_id = ? and id = ?")
                                .params(org.value(), id.value())
                                .query(this::row)
                                .list())
                .stream()
                .findFirst();
    }

    List<Decision> page(OrganizationId org, DecisionFilter filter, PageRequest page) {
        return complete(
                org,
                jdbc.sql("select * from decisions where " + DecisionFilter.SQL
                                + " order by raised_at desc, id limit :limit offset :offset")
                        .params(filter.params(org))
                        .param("limit", page.size())
                        .param("offset", page.offset())
                        .query(this::row)
                        .list());
    }

    long count(OrganizationId org, DecisionFilter filter) {
        return jdbc.sql("select count(*) from decisions where " + DecisionFilter.SQL)
                .params(filter.params(org))
                .query(Long.class)
                .single();
    }

    /** Consent rounds whose deadline has passed, across all organizations. */
    List<DecisionKey> consentRoundsPast(Instant now) {
        return jdbc.sql(
                        "select organization_id, id from decisions where status = 'OPEN' and method = 'CONSENT' and consent_deadline <= ?")
                .param(ts(now))
                .query((rs, n) -> new DecisionKey(
                        new OrganizationId(rs.getObject(1, UUID.class)), new DecisionId(rs.getObject(2, UUID.class))))
                .list();
    }

    /**
     * Claims the decisions whose review date has come and marks them reminded, in one statement, so that
     * each is claimed exactly once however many Baton instances sweep at the same time.
     */
    List<DecisionKey> claimDueReviews(java.time.LocalDate today) {
        return jdbc.sql(
                        """
                update decisions set review_reminded = true
                where status = 'DECIDED' and not review_reminded and review_on <= ?
                returning organization_id, id""")
                .param(Date.valueOf(today))
                .query((rs, n) -> new DecisionKey(
                        new OrganizationId(rs.getObject(1, UUID.class)), new DecisionId(rs.getObject(2, UUID.class))))
                .list();
    }

    record DecisionKey(OrganizationId organizationId, DecisionId decisionId) {}

    private List<Decision> complete(OrganizationId org, List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return decisions;
        }
        UUID[] ids = decisions.stream().map(d -> d.id().value()).toArray(UUID[]::new);
        Map<UUID, List<Proposal>> proposals = new HashMap<>();
        jdbc.sql(
                        "select decision_id, position, proposal, proposed_at from decision_proposals where organization_id = ? and decision_id = any(?) order by position")
                .params(org.value(), ids)
                .query(rs -> {
                    proposals
                            .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Proposal(
                                    rs.getInt(2),
                                    rs.getString(3),
                                    rs.getTimestamp(4).toInstant()));
                });
        Map<UUID, List<Advice>> advice = new HashMap<>();
        jdbc.sql(
                        "select decision_id, person_id, requested_at, advice, given_at from decision_advice where organization_id = ? and decision_id = any(?) order by requested_at, person_id")
                .params(org.value(), ids)
                .query(rs -> {
                    advice.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Advice(
                                    new PersonId(rs.getObject(2, UUID.class)),
                                    rs.getTimestamp(3).toInstant(),
                                    rs.getString(4),
                                    instant(rs.getTimestamp(5))));
                });
        Map<UUID, List<Reaction>> reactions = new HashMap<>();
        jdbc.sql(
                        "select decision_id, person_id, reaction, comment, reacted_at from decision_reactions where organization_id = ? and decision_id = any(?) order by reacted_at, person_id")
                .params(org.value(), ids)
                .query(rs -> {
                    reactions
                            .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Reaction(
                                    new PersonId(rs.getObject(2, UUID.class)),
                                    Reaction.Kind.valueOf(rs.getString(3)),
                                    rs.getString(4),
                                    rs.getTimestamp(5).toInstant()));
                });
        Map<UUID, List<Objection>> objections = new HashMap<>();
        jdbc.sql(
                        "select decision_id, id, raised_by, harm, raised_at, status, resolved_at from decision_objections where organization_id = ? and decision_id = any(?) order by raised_at, id")
                .params(org.value(), ids)
                .query(rs -> {
                    objections
                            .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Objection(
                                    rs.getObject(2, UUID.class),
                                    new PersonId(rs.getObject(3, UUID.class)),
                                    rs.getString(4),
                                    rs.getTimestamp(5).toInstant(),
                                    Objection.Status.valueOf(rs.getString(6)),
                                    instant(rs.getTimestamp(7))));
                });
        Map<UUID, List<Contest>> contests = new HashMap<>();
        jdbc.sql(
                        "select decision_id, id, raised_by, reason, raised_at, answer, answered_at from decision_contests where organization_id = ? and decision_id = any(?) order by raised_at, id")
                .params(org.value(), ids)
                .query(rs -> {
                    contests.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Contest(
                                    rs.getObject(2, UUID.class),
                                    new PersonId(rs.getObject(3, UUID.class)),
                                    rs.getString(4),
                                    rs.getTimestamp(5).toInstant(),
                                    rs.getString(6),
                                    instant(rs.getTimestamp(7))));
                });
        return decisions.stream()
                .map(d -> {
                    UUID key = d.id().value();
                    return new Decision(
                            d.id(),
                            d.organizationId(),
                            d.title(),
                            d.context(),
                            d.scope(),
                            d.proposerId(),
                            d.deciderId(),
                            d.reversibility(),
                            d.consequence(),
                            d.options(),
                            d.recommendedMethod(),
                            d.method(),
                            d.methodReason(),
                            d.status(),
                            d.consentDeadline(),
                            d.fellBackAt(),
                            d.choice(),
                            d.rationale(),
                            d.principleIds(),
                            d.expectedResult(),
                            d.reviewOn(),
                            d.actualResult(),
                            d.resultRecordedAt(),
                            d.correctsId(),
                            d.intentId(),
                            d.areaId(),
                            d.zone(),
                            d.raisedAt(),
                            d.decidedAt(),
                            proposals.getOrDefault(key, List.of()),
                            advice.getOrDefault(key, List.of()),
                            reactions.getOrDefault(key, List.of()),
                            objections.getOrDefault(key, List.of()),
                            contests.getOrDefault(key, List.of()),
                            d.version());
                })
                .toList();
    }

    private Decision row(ResultSet rs, int n) throws SQLException {
        UUID homeBase = rs.getObject("home_base_id", UUID.class);
        UUID mission = rs.getObject("mission_id", UUID.class);
        UUID corrects = rs.getObject("corrects_id", UUID.class);
        Date reviewOn = rs.getDate("review_on");
        return new Decision(
                new DecisionId(rs.getObject("id", UUID.class)),
                new OrganizationId(rs.getObject("organization_id", UUID.class)),
                rs.getString("title"),
                rs.getString("context"),
                new Scope(
                        homeBase == null ? null : new HomeBaseId(homeBase),
                        mission == null ? null : new MissionId(mission)),
                new PersonId(rs.getObject("proposer_id", UUID.class)),
                new PersonId(rs.getObject("decider_id", UUID.class)),
                Reversibility.valueOf(rs.getString("reversibility")),
                Consequence.valueOf(rs.getString("consequence")),
                strings(rs.getArray("options")),
                DecisionMethod.valueOf(rs.getString("recommended_method")),
                DecisionMethod.valueOf(rs.getString("method")),
                rs.getString("method_reason"),
                DecisionStatus.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("consent_deadline")),
                instant(rs.getTimestamp("fell_back_at")),
                rs.getString("choice"),
                rs.getString("rationale"),
                uuids(rs.getArray("principle_ids")),
                rs.getString("expected_result"),
                reviewOn == null ? null : reviewOn.toLocalDate(),
                rs.getString("actual_result"),
                instant(rs.getTimestamp("result_recorded_at")),
                corrects == null ? null : new DecisionId(corrects),
                rs.getObject("intent_id", UUID.class),
                rs.getObject("area_id", UUID.class) == null ? null : new AreaId(rs.getObject("area_id", UUID.class)),
                rs.getString("zone") == null ? null : Zone.valueOf(rs.getString("zone")),
                rs.getTimestamp("raised_at").toInstant(),
                instant(rs.getTimestamp("decided_at")),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                rs.getLong("version"));
    }

    private static UUID org(Decision d) {
        return d.organizationId().value();
    }

    private static UUID homeBase(Scope scope) {
        return scope.homeBaseId() == null ? null : scope.homeBaseId().value();
    }

    private static UUID mission(Scope scope) {
        return scope.missionId() == null ? null : scope.missionId().value();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : List.of((UUID[]) array.getArray());
    }
}
