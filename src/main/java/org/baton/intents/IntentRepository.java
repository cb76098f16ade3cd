package org.baton.intents;

import static org.baton.shared.Rows.constant;
import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.name;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;
import static org.baton.shared.Rows.uuidArray;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.baton.decisions.DecisionId;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.baton.shared.Rows;
import org.baton.shared.Visibility;
import org.baton.teams.Audience;
import org.baton.teams.Scope;
import org.baton.teams.Viewer;
import org.baton.zones.AreaId;
import org.baton.zones.Zone;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Intents, their earlier statements and their objections. Saving writes the intent's row (version-checked)
 * and only what changed since it was loaded: earlier statements and objections are inserted once, and an
 * objection's row is updated only when an amendment addressed it.
 */
@Repository
class IntentRepository {

    private final JdbcClient jdbc;

    IntentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the database holds of an intent's earlier statements and objections, as the intent was loaded. */
    record Loaded(int earlierStatements, Set<UUID> objections, Set<UUID> addressed) {

        static Loaded of(Intent intent) {
            var objections = intent.objections();
            return new Loaded(
                    intent.earlierStatements().size(),
                    objections.stream().map(IntentObjection::id).collect(Collectors.toUnmodifiableSet()),
                    objections.stream()
                            .filter(IntentObjection::addressed)
                            .map(IntentObjection::id)
                            .collect(Collectors.toUnmodifiableSet()));
        }

        List<IntentObjection> raisedIn(Intent intent) {
            return intent.objections().stream()
                    .filter(o -> !objections.contains(o.id()))
                    .toList();
        }

        List<UUID> addressedIn(Intent intent) {
            return intent.objections().stream()
                    .filter(o -> o.addressed() && objections.contains(o.id()) && !addressed.contains(o.id()))
                    .map(IntentObjection::id)
                    .toList();
        }
    }

    void insert(Intent i) {
        jdbc.sql(
                        """
                insert into intents (organization_id, id, author_id, statement, reason, home_base_id, mission_id, area_id, zone,
                    objection_window_ms, deadline, status, declared_at, visibility, named_ids, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        uuid(i.organizationId()),
                        uuid(i.id()),
                        uuid(i.authorId()),
                        i.statement(),
                        i.reason(),
                        uuid(i.scope().homeBaseId()),
                        uuid(i.scope().missionId()),
                        uuid(i.areaId()),
                        name(i.zone()),
                        i.objectionWindow().toMillis(),
                        timestamp(i.deadline()),
                        i.status().name(),
                        timestamp(i.declaredAt()),
                        i.audience().visibility().name(),
                        uuidArray(List.copyOf(i.audience().named())))
                .update();
    }

    /**
     * Writes what changed since the intent was {@code loaded}, or refuses when someone else saved it since.
     * Returns the intent as saved, at its new version.
     */
    Intent update(Intent i, Loaded loaded, Instant now) {
        int updated = jdbc.sql(
                        """
                update intents set statement = ?, reason = ?, deadline = ?, status = ?, decision_id = ?, result = ?, version = version + 1
                where organization_id = ? and id = ? and version = ?""")
                .params(
                        i.statement(),
                        i.reason(),
                        timestamp(i.deadline()),
                        i.status().name(),
                        uuid(i.decisionId()),
                        i.result(),
                        uuid(i.organizationId()),
                        uuid(i.id()),
                        i.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("intent " + i.id() + " was changed by someone else");
        }
        var earlier = i.earlierStatements();
        for (int position = loaded.earlierStatements(); position < earlier.size(); position++) {
            jdbc.sql(
                            """
                    insert into intent_amendments (organization_id, intent_id, position, statement, amended_at) values (?, ?, ?, ?, ?)""")
                    .params(uuid(i.organizationId()), uuid(i.id()), position, earlier.get(position), timestamp(now))
                    .update();
        }
        for (IntentObjection o : loaded.raisedIn(i)) {
            jdbc.sql(
                            """
                    insert into intent_objections (organization_id, id, intent_id, raised_by, harm, raised_at, status)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            uuid(i.organizationId()),
                            o.id(),
                            uuid(i.id()),
                            uuid(o.raisedBy()),
                            o.harm(),
                            timestamp(o.raisedAt()),
                            status(o))
                    .update();
        }
        var addressed = loaded.addressedIn(i);
        if (!addressed.isEmpty()) {
            jdbc.sql(
                            "update intent_objections set status = 'ADDRESSED' where organization_id = ? and intent_id = ? and id = any(?)")
                    .params(uuid(i.organizationId()), uuid(i.id()), addressed.toArray(UUID[]::new))
                    .update();
        }
        return stored(i, i.earlierStatements(), i.objections(), i.version() + 1);
    }

    private static String status(IntentObjection o) {
        return o.addressed() ? "ADDRESSED" : "OPEN";
    }

    /** Open intents whose objection window has ended by {@code now}, in every organization. */
    List<Intent> endedWindows(Instant now) {
        return complete(jdbc.sql("select * from intents where status = 'OPEN' and deadline <= ?")
                .param(timestamp(now))
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
                        .params(i.status().name(), uuid(i.organizationId()), uuid(i.id()), i.version())
                        .update()
                == 1;
    }

    Optional<Intent> find(OrganizationId org, IntentId id) {
        return complete(jdbc.sql("select * from intents where organization_id = ? and id = ?")
                        .params(uuid(org), uuid(id))
                        .query(this::row)
                        .list())
                .stream()
                .findFirst();
    }

    List<Intent> page(OrganizationId org, Viewer viewer, IntentFilter filter, PageRequest page) {
        return complete(jdbc.sql("select * from intents where " + IntentFilter.SQL + VisibleIntents.SQL
                        + " order by declared_at desc, id limit :limit offset :offset")
                .params(filter.params(org))
                .params(viewer.asParameters())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::row)
                .list());
    }

    long count(OrganizationId org, Viewer viewer, IntentFilter filter) {
        return jdbc.sql("select count(*) from intents where " + IntentFilter.SQL + VisibleIntents.SQL)
                .params(filter.params(org))
                .params(viewer.asParameters())
                .query(Long.class)
                .single();
    }

    private List<Intent> complete(List<Intent> intents) {
        if (intents.isEmpty()) {
            return intents;
        }
        var ids = uuidArray(intents.stream().map(Intent::id).toList());
        var orgs = uuidArray(intents.stream().map(Intent::organizationId).toList());
        Map<IntentId, List<String>> earlier = new HashMap<>();
        jdbc.sql(
                        "select intent_id, statement from intent_amendments where organization_id = any(?) and intent_id = any(?) order by position")
                .params(orgs, ids)
                .query(rs -> {
                    earlier.computeIfAbsent(id(rs, "intent_id", IntentId::new), k -> new ArrayList<>())
                            .add(rs.getString("statement"));
                });
        Map<IntentId, List<IntentObjection>> objections = new HashMap<>();
        jdbc.sql(
                        "select intent_id, id, raised_by, harm, raised_at, status from intent_objections where organization_id = any(?) and intent_id = any(?) order by raised_at, id")
                .params(orgs, ids)
                .query(rs -> {
                    objections
                            .computeIfAbsent(id(rs, "intent_id", IntentId::new), k -> new ArrayList<>())
                            .add(new IntentObjection(
                                    rs.getObject("id", UUID.class),
                                    id(rs, "raised_by", PersonId::new),
                                    rs.getString("harm"),
                                    instant(rs, "raised_at"),
                                    rs.getString("status").equals("ADDRESSED")));
                });
        return intents.stream()
                .map(i -> stored(
                        i,
                        earlier.getOrDefault(i.id(), List.of()),
                        objections.getOrDefault(i.id(), List.of()),
                        i.version()))
                .toList();
    }

    private static Intent stored(Intent i, List<String> earlier, List<IntentObjection> objections, long version) {
        return new Intent(
                i.id(),
                i.organizationId(),
                i.authorId(),
                i.statement(),
                i.reason(),
                i.scope(),
                i.audience(),
                i.areaId(),
                i.zone(),
                new ObjectionWindow(i.objectionWindow(), i.deadline()),
                i.status(),
                i.decisionId(),
                i.result(),
                i.declaredAt(),
                earlier,
                objections,
                version);
    }

    private Intent row(ResultSet rs, int n) throws SQLException {
        var scope = new Scope(id(rs, "home_base_id", HomeBaseId::new), id(rs, "mission_id", MissionId::new));
        return new Intent(
                id(rs, "id", IntentId::new),
                id(rs, "organization_id", OrganizationId::new),
                id(rs, "author_id", PersonId::new),
                rs.getString("statement"),
                rs.getString("reason"),
                scope,
                new Audience(
                        constant(rs, "visibility", Visibility.class),
                        scope,
                        Set.copyOf(Rows.ids(rs, "named_ids", PersonId::new))),
                id(rs, "area_id", AreaId::new),
                constant(rs, "zone", Zone.class),
                new ObjectionWindow(Duration.ofMillis(rs.getLong("objection_window_ms")), instant(rs, "deadline")),
                IntentStatus.valueOf(rs.getString("status")),
                id(rs, "decision_id", DecisionId::new),
                rs.getString("result"),
                instant(rs, "declared_at"),
                List.of(),
                List.of(),
                rs.getLong("version"));
    }
}
