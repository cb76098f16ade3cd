package org.baton.homebases;

import java.sql.Array;
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
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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
                        org(homeBase),
                        homeBase.id().value(),
                        homeBase.name(),
                        homeBase.purpose(),
                        person(homeBase.leaderId()),
                        array(c.customers()),
                        array(c.successMetrics()),
                        array(c.priorities()),
                        c.budget(),
                        Timestamp.from(homeBase.foundedAt()))
                .update();
        saveMembers(homeBase);
    }

    void update(HomeBase homeBase, long expectedVersion) {
        var c = homeBase.context();
        int updated = jdbc.sql(
                        """
                update home_bases set name = ?, purpose = ?, leader_id = ?, customers = ?, success_metrics = ?, priorities = ?,
                    budget = ?, version = version + 1
                where organization_id = ? and id = ? and version = ?""")
                .params(
                        homeBase.name(),
                        homeBase.purpose(),
                        person(homeBase.leaderId()),
                        array(c.customers()),
                        array(c.successMetrics()),
                        array(c.priorities()),
                        c.budget(),
                        org(homeBase),
                        homeBase.id().value(),
                        expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("home base " + homeBase.id() + " was changed by someone else");
        }
        jdbc.sql("delete from home_base_members where organization_id = ? and home_base_id = ?")
                .params(org(homeBase), homeBase.id().value())
                .update();
        saveMembers(homeBase);
    }

    /** A person belongs to one home base at most: joining this one moves them from any other. */
    private void saveMembers(HomeBase homeBase) {
        for (PersonId member : homeBase.memberIds()) {
            join(homeBase.organizationId(), homeBase.id(), member, homeBase.foundedAt());
        }
    }

    void join(OrganizationId org, HomeBaseId homeBase, PersonId person, Instant at) {
        jdbc.sql(
                        """
                insert into home_base_members (organization_id, person_id, home_base_id, joined_at) values (?, ?, ?, ?)
                on conflict (organization_id, person_id) do update set home_base_id = excluded.home_base_id, joined_at = excluded.joined_at
                where home_base_members.home_base_id <> excluded.home_base_id""")
                .params(org.value(), person.value(), homeBase.value(), Timestamp.from(at))
                .update();
    }

    void leave(OrganizationId org, PersonId person) {
        jdbc.sql("delete from home_base_members where organization_id = ? and person_id = ?")
                .params(org.value(), person.value())
                .update();
    }

    Optional<HomeBase> find(OrganizationId org, HomeBaseId id) {
        return withMembers(
                        org,
                        jdbc.sql("select * from home_bases where organization_id = ? and id = ?")
                                .params(org.value(), id.value())
                                .query(this::row)
                                .list())
                .stream()
                .findFirst();
    }

    boolean nameTaken(OrganizationId org, String name, HomeBaseId except) {
        return jdbc.sql(
                        "select exists (select 1 from home_bases where organization_id = ? and lower(name) = lower(?) and id <> ?)")
                .params(org.value(), name, except.value())
                .query(Boolean.class)
                .single();
    }

    List<HomeBase> page(OrganizationId org, PageRequest page) {
        return withMembers(
                org,
                jdbc.sql("select * from home_bases where organization_id = ? order by lower(name), id limit ? offset ?")
                        .params(org.value(), page.size(), page.offset())
                        .query(this::row)
                        .list());
    }

    long count(OrganizationId org) {
        return jdbc.sql("select count(*) from home_bases where organization_id = ?")
                .param(org.value())
                .query(Long.class)
                .single();
    }

    Optional<HomeBaseId> homeBaseOf(OrganizationId org, PersonId person) {
        return jdbc.sql("select home_base_id from home_base_members where organization_id = ? and person_id = ?")
                .params(org.value(), person.value())
                .query((rs, n) -> new HomeBaseId(rs.getObject(1, UUID.class)))
                .optional();
    }

    Map<PersonId, HomeBaseId> homeBasesOf(OrganizationId org, List<PersonId> people) {
        var result = new HashMap<PersonId, HomeBaseId>();
        if (people.isEmpty()) {
            return result;
        }
        jdbc.sql(
                        "select person_id, home_base_id from home_base_members where organization_id = ? and person_id = any(?)")
                .params(org.value(), people.stream().map(PersonId::value).toArray(UUID[]::new))
                .query(rs -> {
                    result.put(new PersonId(rs.getObject(1, UUID.class)), new HomeBaseId(rs.getObject(2, UUID.class)));
                });
        return result;
    }

    private List<HomeBase> withMembers(OrganizationId org, List<HomeBase> homeBases) {
        if (homeBases.isEmpty()) {
            return homeBases;
        }
        Map<UUID, List<PersonId>> members = new HashMap<>();
        jdbc.sql(
                        """
                select home_base_id, person_id from home_base_members
                where organization_id = ? and home_base_id = any(?) order by joined_at, person_id""")
                .params(org.value(), homeBases.stream().map(h -> h.id().value()).toArray(UUID[]::new))
                .query(rs -> {
                    members.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new PersonId(rs.getObject(2, UUID.class)));
                });
        return homeBases.stream()
                .map(h -> new HomeBase(
                        h.id(),
                        h.organizationId(),
                        h.name(),
                        h.purpose(),
                        h.leaderId(),
                        List.copyOf(members.getOrDefault(h.id().value(), List.of())),
                        h.context(),
                        h.version(),
                        h.foundedAt()))
                .toList();
    }

    private HomeBase row(ResultSet rs, int n) throws SQLException {
        UUID leader = rs.getObject("leader_id", UUID.class);
        return new HomeBase(
                new HomeBaseId(rs.getObject("id", UUID.class)),
                new OrganizationId(rs.getObject("organization_id", UUID.class)),
                rs.getString("name"),
                rs.getString("purpose"),
                leader == null ? null : new PersonId(leader),
                List.of(),
                new HomeBaseContext(
                        strings(rs.getArray("customers")),
                        strings(rs.getArray("success_metrics")),
                        strings(rs.getArray("priorities")),
                        rs.getString("budget")),
                rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static UUID org(HomeBase homeBase) {
        return homeBase.organizationId().value();
    }

    private static UUID person(PersonId id) {
        return id == null ? null : id.value();
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
