package org.baton.roles;

import static org.baton.shared.Rows.date;
import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.localDate;
import static org.baton.shared.Rows.strings;
import static org.baton.shared.Rows.textArray;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.baton.shared.Rows;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Roles and their assignments. Saving writes the role's row (version-checked) and the assignments that changed. */
@Repository
class RoleRepository {

    private static final String COLUMNS = "organization_id, id, type, title, purpose, accountabilities, scope_type,"
            + " scope_id, knowledge_area, parent_id, seats, review_on, charter, created_at, version";

    private final JdbcClient jdbc;

    RoleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Role role, RoleOrigin origin) {
        var d = role.definition();
        jdbc.sql("insert into roles (" + COLUMNS + ", defined_by, decision_id)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
                .params(
                        uuid(role.organizationId()),
                        uuid(role.id()),
                        d.type().name(),
                        d.title(),
                        d.purpose(),
                        textArray(d.accountabilities()),
                        d.scope().type().name(),
                        d.scope().id(),
                        d.scope().knowledgeArea(),
                        uuid(d.parentId()),
                        d.seats(),
                        date(d.reviewOn()),
                        role.charter(),
                        timestamp(role.createdAt()),
                        uuid(origin.by()),
                        uuid(origin.decisionId()))
                .update();
        writeAssignments(role);
        role.saved(0);
    }

    /** Writes the definition and the changed assignments, or refuses when the role changed since {@code expected}. */
    void update(Role role, long expectedVersion) {
        var d = role.definition();
        int updated = jdbc.sql(
                        """
                update roles set type = ?, title = ?, purpose = ?, accountabilities = ?, scope_type = ?, scope_id = ?,
                    knowledge_area = ?, parent_id = ?, seats = ?, review_on = ?, version = version + 1
                where organization_id = ? and id = ? and version = ?""")
                .params(
                        d.type().name(),
                        d.title(),
                        d.purpose(),
                        textArray(d.accountabilities()),
                        d.scope().type().name(),
                        d.scope().id(),
                        d.scope().knowledgeArea(),
                        uuid(d.parentId()),
                        d.seats(),
                        date(d.reviewOn()),
                        uuid(role.organizationId()),
                        uuid(role.id()),
                        expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("role " + role.id() + " was changed by someone else");
        }
        writeAssignments(role);
        role.saved(expectedVersion + 1);
    }

    /**
     * Writes only the assignments that changed, bumping the role's version so two people seating the last free
     * seat at once cannot both succeed.
     */
    void updateAssignments(Role role) {
        update(role, role.version());
    }

    private void writeAssignments(Role role) {
        for (var a : role.changedAssignments()) {
            jdbc.sql(
                            """
                    insert into role_assignments (organization_id, id, role_id, person_id, from_on, until_on, granted_by,
                        decision_id, granted_at, stepped_back_on, stepped_back_by, step_back_note)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (organization_id, id) do update set stepped_back_on = excluded.stepped_back_on,
                        stepped_back_by = excluded.stepped_back_by, step_back_note = excluded.step_back_note""")
                    .params(
                            uuid(role.organizationId()),
                            a.id(),
                            uuid(role.id()),
                            uuid(a.personId()),
                            date(a.from()),
                            date(a.until()),
                            uuid(a.grantedBy()),
                            uuid(a.decisionId()),
                            timestamp(a.grantedAt()),
                            date(a.steppedBackOn()),
                            uuid(a.steppedBackBy()),
                            a.stepBackNote())
                    .update();
        }
    }

    Optional<Role> find(OrganizationId org, RoleId id) {
        return withAssignments(
                        org,
                        jdbc.sql("select " + COLUMNS + " from roles where organization_id = ? and id = ?")
                                .params(uuid(org), uuid(id))
                                .query(RoleRepository::row)
                                .list())
                .stream()
                .findFirst();
    }

    Optional<Role> findByCharter(OrganizationId org, String charter) {
        return withAssignments(
                        org,
                        jdbc.sql("select " + COLUMNS + " from roles where organization_id = ? and charter = ?")
                                .params(uuid(org), charter)
                                .query(RoleRepository::row)
                                .list())
                .stream()
                .findFirst();
    }

    /** A page of the organization's roles, by title, optionally of one type, and with what they hold. */
    List<Role> page(OrganizationId org, RoleType type, PageRequest page) {
        return withAssignments(
                org,
                jdbc.sql("select " + COLUMNS + " from roles where organization_id = ? and (?::text is null or type = ?)"
                                + " order by lower(title), id limit ? offset ?")
                        .params(uuid(org), Rows.name(type), Rows.name(type), page.size(), page.offset())
                        .query(RoleRepository::row)
                        .list());
    }

    long count(OrganizationId org, RoleType type) {
        return jdbc.sql("select count(*) from roles where organization_id = ? and (?::text is null or type = ?)")
                .params(uuid(org), Rows.name(type), Rows.name(type))
                .query(Long.class)
                .single();
    }

    /** The roles a person has held at any time, by title. */
    List<Role> heldBy(OrganizationId org, PersonId person) {
        return withAssignments(
                org,
                jdbc.sql("select " + COLUMNS + " from roles r where organization_id = ? and exists (select 1 from"
                                + " role_assignments a where a.organization_id = r.organization_id and a.role_id = r.id"
                                + " and a.person_id = ?) order by lower(title), id")
                        .params(uuid(org), uuid(person))
                        .query(RoleRepository::row)
                        .list());
    }

    List<Role> all(OrganizationId org, Collection<RoleId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withAssignments(
                org,
                jdbc.sql("select " + COLUMNS + " from roles where organization_id = ? and id = any(?)"
                                + " order by lower(title), id")
                        .params(uuid(org), ids.stream().map(RoleId::value).toArray(UUID[]::new))
                        .query(RoleRepository::row)
                        .list());
    }

    /** Whether {@code ancestor} is {@code role} or one of its parents, walking up at most the depth given. */
    boolean isAncestorOrSelf(OrganizationId org, RoleId ancestor, RoleId role) {
        return Boolean.TRUE.equals(jdbc.sql(
                        """
                with recursive up(id, parent_id, depth) as (
                    select id, parent_id, 0 from roles where organization_id = ? and id = ?
                    union all
                    select r.id, r.parent_id, up.depth + 1 from roles r join up on r.id = up.parent_id
                    where r.organization_id = ? and up.depth < 100)
                select exists (select 1 from up where id = ?)""")
                .params(uuid(org), uuid(role), uuid(org), uuid(ancestor))
                .query(Boolean.class)
                .single());
    }

    private List<Role> withAssignments(OrganizationId org, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Assignment>> byRole = new HashMap<>();
        jdbc.sql("select * from role_assignments where organization_id = ? and role_id = any(?)")
                .params(uuid(org), rows.stream().map(r -> r.id().value()).toArray(UUID[]::new))
                .query((rs, n) -> assignment(rs))
                .list()
                .forEach(a -> byRole.computeIfAbsent(a.roleId().value(), k -> new ArrayList<>())
                        .add(a));
        return rows.stream()
                .map(r -> new Role(
                        org,
                        r.id(),
                        r.definition(),
                        r.charter(),
                        r.createdAt(),
                        r.version(),
                        byRole.getOrDefault(r.id().value(), List.of())))
                .toList();
    }

    private record Row(RoleId id, RoleDefinition definition, String charter, Instant createdAt, long version) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        var scope = new RoleScope(
                RoleScope.Type.valueOf(rs.getString("scope_type")),
                rs.getObject("scope_id", UUID.class),
                rs.getString("knowledge_area"));
        var definition = new RoleDefinition(
                RoleType.valueOf(rs.getString("type")),
                rs.getString("title"),
                rs.getString("purpose"),
                strings(rs, "accountabilities"),
                scope,
                id(rs, "parent_id", RoleId::new),
                rs.getInt("seats"),
                localDate(rs, "review_on"));
        return new Row(
                id(rs, "id", RoleId::new),
                definition,
                rs.getString("charter"),
                instant(rs, "created_at"),
                rs.getLong("version"));
    }

    private static Assignment assignment(ResultSet rs) throws SQLException {
        return new Assignment(
                rs.getObject("id", UUID.class),
                id(rs, "role_id", RoleId::new),
                id(rs, "person_id", PersonId::new),
                localDate(rs, "from_on"),
                localDate(rs, "until_on"),
                id(rs, "granted_by", PersonId::new),
                id(rs, "decision_id", DecisionId::new),
                instant(rs, "granted_at"),
                localDate(rs, "stepped_back_on"),
                id(rs, "stepped_back_by", PersonId::new),
                rs.getString("step_back_note"));
    }

    /**
     * Waits for, then holds until commit, the row of the role under this charter, so that two seats filled at once
     * (two consent decisions made together) are written one after the other instead of one failing.
     */
    void lockCharter(OrganizationId org, String charter) {
        jdbc.sql("select id from roles where organization_id = ? and charter = ? for update")
                .params(uuid(org), charter)
                .query(UUID.class)
                .optional();
    }

    /** Serializes changes to the organization's role hierarchy until the transaction ends. */
    void lockHierarchy(OrganizationId org) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('roles:' || ?))")
                .param(org.value().toString())
                .query()
                .singleRow();
    }
}
