package org.baton.decisions;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.Rows;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of decisions' contributions: proposals, advice, reactions, objections, contests, the participants of
 * a consent round and the consultations of the impacted. Writes only
 * what a decision added or changed since it was loaded; reads those of many decisions in one query per kind.
 */
class ContributionRows {

    private final JdbcClient jdbc;

    ContributionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(Decision d) {
        var c = d.contributions();
        for (Proposal p : c.proposalParts().added()) {
            insert(
                    d,
                    "decision_proposals (organization_id, decision_id, position, proposal, proposed_at, answers)",
                    p.version(),
                    p.text(),
                    timestamp(p.proposedAt()),
                    p.answers().toArray(UUID[]::new));
        }
        for (PersonId p : c.participantParts().added()) {
            insert(
                    d,
                    "decision_participants (organization_id, decision_id, person_id, position)",
                    uuid(p),
                    c.participants().indexOf(p));
        }
        for (Consultation k : c.consultationParts().added()) {
            insert(
                    d,
                    "decision_consultations (organization_id, decision_id, person_id, position, asked_at, answer, answered_at)",
                    uuid(k.personId()),
                    c.consultations().indexOf(k),
                    timestamp(k.askedAt()),
                    k.answer(),
                    timestamp(k.answeredAt()));
        }
        for (Consultation k : c.consultationParts().changed()) {
            jdbc.sql(
                            "update decision_consultations set answer = ?, answered_at = ? where organization_id = ? and decision_id = ? and person_id = ?")
                    .params(
                            k.answer(),
                            timestamp(k.answeredAt()),
                            uuid(d.organizationId()),
                            uuid(d.id()),
                            uuid(k.personId()))
                    .update();
        }
        for (Advice a : c.adviceParts().added()) {
            insert(
                    d,
                    "decision_advice (organization_id, decision_id, person_id, requested_at, advice, given_at)",
                    uuid(a.personId()),
                    timestamp(a.requestedAt()),
                    a.advice(),
                    timestamp(a.givenAt()));
        }
        for (Advice a : c.adviceParts().changed()) {
            jdbc.sql(
                            "update decision_advice set advice = ?, given_at = ? where organization_id = ? and decision_id = ? and person_id = ?")
                    .params(
                            a.advice(),
                            timestamp(a.givenAt()),
                            uuid(d.organizationId()),
                            uuid(d.id()),
                            uuid(a.personId()))
                    .update();
        }
        var reactions = new ArrayList<>(c.reactionParts().added());
        reactions.addAll(c.reactionParts().changed());
        for (Reaction r : reactions) {
            jdbc.sql(
                            """
                    insert into decision_reactions (organization_id, decision_id, person_id, reaction, comment, reacted_at)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (organization_id, decision_id, person_id)
                    do update set reaction = excluded.reaction, comment = excluded.comment, reacted_at = excluded.reacted_at""")
                    .params(
                            uuid(d.organizationId()),
                            uuid(d.id()),
                            uuid(r.personId()),
                            r.kind().name(),
                            r.comment(),
                            timestamp(r.reactedAt()))
                    .update();
        }
        for (Objection o : c.objectionParts().added()) {
            insert(
                    d,
                    "decision_objections (organization_id, decision_id, id, raised_by, harm, raised_at, status, resolved_at, proposal_version)",
                    o.id(),
                    uuid(o.raisedBy()),
                    o.harm(),
                    timestamp(o.raisedAt()),
                    o.status().name(),
                    timestamp(o.resolvedAt()),
                    o.proposalVersion());
        }
        for (Objection o : c.objectionParts().changed()) {
            jdbc.sql("update decision_objections set status = ?, resolved_at = ? where organization_id = ? and id = ?")
                    .params(o.status().name(), timestamp(o.resolvedAt()), uuid(d.organizationId()), o.id())
                    .update();
        }
        for (Contest t : c.contestParts().added()) {
            insert(
                    d,
                    "decision_contests (organization_id, decision_id, id, raised_by, reason, raised_at, answer, answered_at)",
                    t.id(),
                    uuid(t.raisedBy()),
                    t.reason(),
                    timestamp(t.raisedAt()),
                    t.answer(),
                    timestamp(t.answeredAt()));
        }
        for (Contest t : c.contestParts().changed()) {
            jdbc.sql("update decision_contests set answer = ?, answered_at = ? where organization_id = ? and id = ?")
                    .params(t.answer(), timestamp(t.answeredAt()), uuid(d.organizationId()), t.id())
                    .update();
        }
    }

    /** Inserts one row into {@code table}, whose first two columns are the organization and the decision. */
    private void insert(Decision d, String table, Object... values) {
        var params = new ArrayList<>();
        params.add(uuid(d.organizationId()));
        params.add(uuid(d.id()));
        params.addAll(Arrays.asList(values));
        jdbc.sql("insert into " + table + " values (" + "?, ".repeat(params.size() - 1) + "?)")
                .params(params)
                .update();
    }

    /** The contributions of each of {@code ids}. */
    Map<DecisionId, Contributions> of(OrganizationId org, List<DecisionId> ids) {
        UUID[] keys = ids.stream().map(DecisionId::value).toArray(UUID[]::new);
        var proposals = load(
                "select decision_id, position, proposal, proposed_at, answers from decision_proposals where organization_id = ? and decision_id = any(?) order by position",
                org,
                keys,
                (rs, n) -> new Proposal(
                        rs.getInt("position"),
                        rs.getString("proposal"),
                        instant(rs, "proposed_at"),
                        Rows.uuids(rs, "answers")));
        var advice = load(
                "select * from decision_advice where organization_id = ? and decision_id = any(?) order by requested_at, person_id",
                org,
                keys,
                (rs, n) -> new Advice(
                        id(rs, "person_id", PersonId::new),
                        instant(rs, "requested_at"),
                        rs.getString("advice"),
                        instant(rs, "given_at")));
        var reactions = load(
                "select * from decision_reactions where organization_id = ? and decision_id = any(?) order by reacted_at, person_id",
                org,
                keys,
                (rs, n) -> new Reaction(
                        id(rs, "person_id", PersonId::new),
                        Reaction.Kind.valueOf(rs.getString("reaction")),
                        rs.getString("comment"),
                        instant(rs, "reacted_at")));
        var objections = load(
                "select * from decision_objections where organization_id = ? and decision_id = any(?) order by raised_at, id",
                org,
                keys,
                (rs, n) -> new Objection(
                        rs.getObject("id", UUID.class),
                        id(rs, "raised_by", PersonId::new),
                        rs.getString("harm"),
                        instant(rs, "raised_at"),
                        Objection.Status.valueOf(rs.getString("status")),
                        instant(rs, "resolved_at"),
                        rs.getInt("proposal_version")));
        var contests = load(
                "select * from decision_contests where organization_id = ? and decision_id = any(?) order by raised_at, id",
                org,
                keys,
                (rs, n) -> new Contest(
                        rs.getObject("id", UUID.class),
                        id(rs, "raised_by", PersonId::new),
                        rs.getString("reason"),
                        instant(rs, "raised_at"),
                        rs.getString("answer"),
                        instant(rs, "answered_at")));
        var participants = load(
                "select decision_id, person_id from decision_participants where organization_id = ? and decision_id = any(?) order by position, person_id",
                org,
                keys,
                (rs, n) -> id(rs, "person_id", PersonId::new));
        var consultations = load(
                "select * from decision_consultations where organization_id = ? and decision_id = any(?) order by position, person_id",
                org,
                keys,
                (rs, n) -> new Consultation(
                        id(rs, "person_id", PersonId::new),
                        instant(rs, "asked_at"),
                        rs.getString("answer"),
                        instant(rs, "answered_at")));
        var all = new HashMap<DecisionId, Contributions>();
        for (DecisionId id : ids) {
            all.put(
                    id,
                    new Contributions(
                            proposals.getOrDefault(id, List.of()),
                            advice.getOrDefault(id, List.of()),
                            reactions.getOrDefault(id, List.of()),
                            objections.getOrDefault(id, List.of()),
                            contests.getOrDefault(id, List.of()),
                            participants.getOrDefault(id, List.of()),
                            consultations.getOrDefault(id, List.of())));
        }
        return all;
    }

    private <T> Map<DecisionId, List<T>> load(String sql, OrganizationId org, UUID[] keys, RowMapper<T> part) {
        var byDecision = new HashMap<DecisionId, List<T>>();
        jdbc.sql(sql).params(org.value(), keys).query(rs -> {
            byDecision
                    .computeIfAbsent(id(rs, "decision_id", DecisionId::new), k -> new ArrayList<>())
                    .add(part.mapRow(rs, 0));
        });
        return byDecision;
    }
}
