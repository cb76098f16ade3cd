package org.baton.intents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.baton.decisions.DecisionId;
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
class IntentRepository {

    private final JdbcClient jdbc;

    IntentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Intent i) {
        jdbc.sql(
                        """
                insert into intents (organization_id, id, author_id, statement, reason, home_base_id, mission_id, area_id, zone,
                    objection_window_ms, deadline, status, declared_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        org(i),
                        i.id().value(),
                        i.authorId().value(),
                        i.statement(),
                        i.reason(),
                        i.scope().homeBaseId() == null
                                ? null
                                : i.scope().homeBaseId().value(),
                        i.scope().missionId() == null
                                ? null
                                : i.scope().missionId().value(),
                        i.areaId() == null ? null : i.areaId().value(),
                        i.zone() == null ? null : i.zone().name(),
                        i.objectionWindow().toMillis(),
                        Timestamp.from(i.deadline()),
                        i.status().name(),
                        Timestamp.from(i.declaredAt()))
                .update();
    }

    void update(Intent i, Instant now) {
        int updated = jdbc.sql(
                        """
                update intents set statement = ?, reason = ?, deadline = ?, status = ?, decision_id = ?, result = ?, version = version + 1
                where organization_id = ? and id = ? and version = ?""")
                .params(
                        i.statement(),
                        i.reason(),
                        Timestamp.from(i.deadline()),
                        i.status().name(),
                        i.decisionId() == null ? null : i.decisionId().value(),
                        i.result(),
                        org(i),
                        i.id().value(),
                        i.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("intent " + i.id() + " was changed by someone else");
        }
        var earlier = i.earlierStatements();
        for (int position = 0; position < earlier.size(); position++) {
            jdbc.sql(
                            """
                    insert into intent_amendments (organization_id, intent_id, position, statement, amended_at) values (?, ?, ?, ?, ?)
                    on conflict do nothing""")
                    .params(org(i), i.id().value(), position, earlier.get(position), Timestamp.from(now))
                    .update();
        }
        // Objections are appended; an amendment only marks them addressed.
        for (IntentObjection o : i.objections()) {
            jdbc.sql(
                            """
                    insert into intent_objections (organization_id, id, intent_id, raised_by, harm, raised_at, status)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (organization_id, id) do update set status = excluded.status
                    where intent_objections.status <> excluded.status""")
                    .params(
                            org(i),
                            o.id(),
                            i.id().value(),
                            o.raisedBy().value(),
                            o.harm(),
                            Timestamp.from(o.raisedAt()),
                            o.addressed() ? "ADDRESSED" : "OPEN")
                    .update();
        }
    }

    /** Open intents whose objection window has ended by {@code now}, in every organization. */
    List<Intent> endedWindows(Instant now) {
        return complete(jdbc.sql("select * from intents where status = 'OPEN' and deadline <= ?")
                .param(Timestamp.from(now))
                .query(this::row)
                .list());
    }

    /**
     * Saves that an intent proceeds, provided it is still the version that was read: one conditional update,
     * so each intent proceeds exactly once however many Baton instances sweep the same database, and an
     * objection or amendment that came in between wins. Returns whether this sweep claimed it.
     */
    boolean claimProceeding(Intent i) {
        return jdbc.sql(
                                """
                update intents set status = ?, version = version + 1
                where organization_id = ? and id = ? and version = ? and status = 'OPEN'""")
                        .params(i.status().name(), org(i), i.id().value(), i.version())
                        .update()
                == 1;
    }

    Optional<Intent> find(OrganizationId org, IntentId id) {
        return complete(jdbc.sql("select * from intents where organization_id = ? and id = ?")
                        .params(org.value(), id.value())
                        .query(this::row)
                        .list())
                .stream()
                .findFirst();
    }

    List<Intent> page(OrganizationId org, IntentFilter filter, PageRequest page) {
        return complete(jdbc.sql("select * from intents where " + IntentFilter.SQL
                        + " order by declared_at desc, id limit :limit offset :offset")
                .params(filter.params(org))
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::row)
                .list());
    }

    long count(OrganizationId org, IntentFilter filter) {
        return jdbc.sql("select count(*) from intents where " + IntentFilter.SQL)
                .params(filter.params(org))
                .query(Long.class)
                .single();
    }

    private List<Intent> complete(List<Intent> intents) {
        if (intents.isEmpty()) {
            return intents;
        }
        UUID[] ids = intents.stream().map(i -> i.id().value()).toArray(UUID[]::new);
        UUID[] orgs = intents.stream().map(i -> i.organizationId().value()).toArray(UUID[]::new);
        Map<UUID, List<String>> earlier = new HashMap<>();
        jdbc.sql(
                        "select intent_id, statement from intent_amendments where organization_id = any(?) and intent_id = any(?) order by position")
                .params(orgs, ids)
                .query(rs -> {
                    earlier.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        Map<UUID, List<IntentObjection>> objections = new HashMap<>();
        jdbc.sql(
                        "select intent_id, id, raised_by, harm, raised_at, status from intent_objections where organization_id = any(?) and intent_id = any(?) order by raised_at, id")
                .params(orgs, ids)
                .query(rs -> {
                    objections
                            .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new IntentObjection(
                                    rs.getObject(2, UUID.class),
                                    new PersonId(rs.getObject(3, UUID.class)),
                                    rs.getString(4),
                                    rs.getTimestamp(5).toInstant(),
                                    rs.getString(6).equals("ADDRESSED")));
                });
        return intents.stream()
                .map(i -> new Intent(
                        i.id(),
                        i.organizationId(),
                        i.authorId(),
                        i.statement(),
                        i.reason(),
                        i.scope(),
                        i.areaId(),
                        i.zone(),
                        new ObjectionWindow(i.objectionWindow(), i.deadline()),
                        i.status(),
                        i.decisionId(),
                        i.result(),
                        i.declaredAt(),
                        earlier.getOrDefault(i.id().value(), List.of()),
                        objections.getOrDefault(i.id().value(), List.of()),
                        i.version()))
                .toList();
    }

    private Intent row(ResultSet rs, int n) throws SQLException {
        UUID decision = rs.getObject("decision_id", UUID.class);
        return new Intent(
                new IntentId(rs.getObject("id", UUID.class)),
                new OrganizationId(rs.getObject("organization_id", UUID.class)),
                new PersonId(rs.getObject("author_id", UUID.class)),
                rs.getString("statement"),
                rs.getString("reason"),
                Scope.of(rs.getObject("home_base_id", UUID.class), rs.getObject("mission_id", UUID.class)),
                rs.getObject("area_id", UUID.class) == null ? null : new AreaId(rs.getObject("area_id", UUID.class)),
                rs.getString("zone") == null ? null : Zone.valueOf(rs.getString("zone")),
                new ObjectionWindow(
                        Duration.ofMillis(rs.getLong("objection_window_ms")),
                        rs.getTimestamp("deadline").toInstant()),
                IntentStatus.valueOf(rs.getString("status")),
                decision == null ? null : new DecisionId(decision),
                rs.getString("result"),
                rs.getTimestamp("declared_at").toInstant(),
                List.of(),
                List.of(),
                rs.getLong("version"));
    }

    private static UUID org(Intent i) {
        return i.organizationId().value();
    }
}
