package org.baton.homebases;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.strings;
import static org.baton.shared.Rows.textArray;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;
import static org.baton.shared.Rows.uuidArray;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Home bases and who belongs to them. Saving writes the home base's row (version-checked) and only the
 * memberships that changed since it was loaded: who joined is inserted, who left is deleted.
 */
@Repository
class HomeBaseRepository {

    private final JdbcClient jdbc;

    HomeBaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(HomeBase homeBase) {
        var c = homeBase.context();
        jdbc.sql(
                        """
                insert into home_bases (organization_id, id, name, purpose, leader_id, customers, success_metrics, priorities, budget, version, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
                .params(
                        uuid(homeBase.organizationId()),
                        uuid(homeBase.id()),
                        homeBase.name(),
                        homeBase.purpose(),
                        uuid(homeBase.leaderId()),
                        textArray(c.customers()),
                        textArray(c.successMetrics()),
                        textArray(c.priorities()),
                        c.budget(),
                        timestamp(homeBase.foundedAt()))
                .update();
        writeMembers(homeBase, homeBase.foundedAt());
        homeBase.saved(0);
    }

    /** Writes what changed, or refuses when someone else saved the home base since {@code expectedVersion}. */
    void update(HomeBase homeBase, long expectedVersion, Instant now) {
        var c = homeBase.context();
        int updated = jdbc.sql(
                        """
                update home_bases set name = ?, purpose = ?, leader_id = ?, customers = ?, success_metrics = ?, priorities = ?,
                    budget = ?, version = version + 1
                where organization_id = ? and id = ? and version = ?""")
                .params(
                        homeBase.name(),
                        homeBase.purpose(),
                        uuid(homeBase.leaderId()),
                        textArray(c.customers()),
                        textArray(c.successMetrics()),
                        textArray(c.priorities()),
                        c.budget(),
                        uuid(homeBase.organizationId()),
                        uuid(homeBase.id()),
                        expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("home base " + homeBase.id() + " was changed by someone else");
        }
        writeMembers(homeBase, now);
        homeBase.saved(expectedVersion + 1);
    }

    /** Writes only who joined and who left; the home base's own row and version stay as they are. */
    void updateMembers(HomeBase homeBase, Instant now) {
        writeMembers(homeBase, now);
        homeBase.membersSaved();
    }

    /**
     * A person belongs to one home base at most: a joiner's membership moves here from any other home base.
     * Whoever left loses their membership of this one only.
     */
    private void writeMembers(HomeBase homeBase, Instant now) {
        for (PersonId joined : homeBase.joinedSinceSaved()) {
            jdbc.sql(
                            """
                    insert into home_base_members (organization_id, person_id, home_base_id, joined_at) values (?, ?, ?, ?)
                    on conflict (organization_id, person_id) do update set home_base_id = excluded.home_base_id, joined_at = excluded.joined_at
                    where home_base_members.home_base_id <> excluded.home_base_id""")
                    .params(uuid(homeBase.organizationId()), uuid(joined), uuid(homeBase.id()), timestamp(now))
                    .update();
        }
        var left = homeBase.leftSinceSaved();
        if (!left.isEmpty()) {
            jdbc.sql(
                            "delete from home_base_members where organization_id = ? and home_base_id = ? and person_id = any(?)")
                    .params(uuid(homeBase.organizationId()), uuid(homeBase.id()), uuidArray(left))
                    .update();
        }
    }

    Optional<HomeBase> find(OrganizationId org, HomeBaseId id) {
        return withMembers(
                        org,
                        jdbc.sql("select * from home_bases where organization_id = ? and id = ?")
                                .params(uuid(org), uuid(id))
                                .query(this::row)
                                .list())
                .stream()
                .findFirst();
    }

    boolean nameTaken(OrganizationId org, String name, HomeBaseId except) {
        return jdbc.sql(
                        "select exists (select 1 from home_bases where organization_id = ? and lower(name) = lower(?) and id <> ?)")
                .params(uuid(org), name, uuid(except))
                .query(Boolean.class)
                .single();
    }

    List<HomeBase> page(OrganizationId org, PageRequest page) {
        return withMembers(
                org,
                jdbc.sql("select * from home_bases where organization_id = ? order by lower(name), id limit ? offset ?")
                        .params(uuid(org), page.size(), page.offset())
                        .query(this::row)
                        .list());
    }

    long count(OrganizationId org) {
        return jdbc.sql("select count(*) from home_bases where organization_id = ?")
                .param(uuid(org))
                .query(Long.class)
                .single();
    }

    /** The home bases {@code person} belongs to or leads. */
    Set<HomeBaseId> idsOf(OrganizationId org, PersonId person) {
        return Set.copyOf(jdbc.sql(
                        """
                select id from home_bases where organization_id = ? and leader_id = ?
                union select home_base_id from home_base_members where organization_id = ? and person_id = ?""")
                .params(uuid(org), uuid(person), uuid(org), uuid(person))
                .query((rs, n) -> id(rs, "id", HomeBaseId::new))
                .list());
    }

    Optional<HomeBaseId> homeBaseOf(OrganizationId org, PersonId person) {
        return jdbc.sql("select home_base_id from home_base_members where organization_id = ? and person_id = ?")
                .params(uuid(org), uuid(person))
                .query((rs, n) -> id(rs, "home_base_id", HomeBaseId::new))
                .optional();
    }

    Map<PersonId, HomeBaseId> homeBasesOf(OrganizationId org, List<PersonId> people) {
        var result = new HashMap<PersonId, HomeBaseId>();
        if (people.isEmpty()) {
            return result;
        }
        jdbc.sql(
                        "select person_id, home_base_id from home_base_members where organization_id = ? and person_id = any(?)")
                .params(uuid(org), uuidArray(people))
                .query(rs -> {
                    result.put(id(rs, "person_id", PersonId::new), id(rs, "home_base_id", HomeBaseId::new));
                });
        return result;
    }

    private List<HomeBase> withMembers(OrganizationId org, List<HomeBase> homeBases) {
        if (homeBases.isEmpty()) {
            return homeBases;
        }
        Map<HomeBaseId, List<PersonId>> members = new HashMap<>();
        jdbc.sql(
                        """
                select home_base_id, person_id from home_base_members
                where organization_id = ? and home_base_id = any(?) order by joined_at, person_id""")
                .params(
                        uuid(org),
                        uuidArray(homeBases.stream().map(HomeBase::id).toList()))
                .query(rs -> {
                    members.computeIfAbsent(id(rs, "home_base_id", HomeBaseId::new), k -> new ArrayList<>())
                            .add(id(rs, "person_id", PersonId::new));
                });
        return homeBases.stream()
                .map(h -> new HomeBase(
                        h.id(),
                        h.organizationId(),
                        h.name(),
                        h.purpose(),
                        h.leaderId(),
                        List.copyOf(members.getOrDefault(h.id(), List.of())),
                        h.context(),
                        h.version(),
                        h.foundedAt()))
                .toList();
    }

    private HomeBase row(ResultSet rs, int n) throws SQLException {
        return new HomeBase(
                id(rs, "id", HomeBaseId::new),
                id(rs, "organization_id", OrganizationId::new),
                rs.getString("name"),
                rs.getString("purpose"),
                id(rs, "leader_id", PersonId::new),
                List.of(),
                new HomeBaseContext(
                        strings(rs, "customers"),
                        strings(rs, "success_metrics"),
                        strings(rs, "priorities"),
                        rs.getString("budget")),
                rs.getLong("version"),
                instant(rs, "created_at"));
    }
}
