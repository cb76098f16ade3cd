package org.baton.people;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PersonRepository {

    private static final String COLUMNS =
            "id, organization_id, name, email, growth_goals, availability, time_zone, version, created_at";

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Person person) {
        jdbc.sql(
                        """
                insert into people (organization_id, id, name, email, growth_goals, availability, time_zone, version, created_at)
                values (?, ?, ?, ?, ?, ?, ?, 0, ?)""")
                .params(
                        person.organizationId().value(),
                        person.id().value(),
                        person.name(),
                        person.email(),
                        person.growthGoals().toArray(String[]::new),
                        person.availability(),
                        person.timeZone().getId(),
                        Timestamp.from(person.joinedAt()))
                .update();
        saveExpertise(person);
    }

    void update(Person person, long expectedVersion) {
        int updated = jdbc.sql(
                        """
                update people set name = ?, email = ?, growth_goals = ?, availability = ?, time_zone = ?, version = version + 1
                where organization_id = ? and id = ? and version = ?""")
                .params(
                        person.name(),
                        person.email(),
                        person.growthGoals().toArray(String[]::new),
                        person.availability(),
                        person.timeZone().getId(),
                        person.organizationId().value(),
                        person.id().value(),
                        expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("person " + person.id() + " was changed by someone else");
        }
        jdbc.sql("delete from person_expertise where organization_id = ? and person_id = ?")
                .params(person.organizationId().value(), person.id().value())
                .update();
        saveExpertise(person);
    }

    private void saveExpertise(Person person) {
        int position = 0;
        for (Expertise e : person.expertise()) {
            jdbc.sql(
                            "insert into person_expertise (organization_id, person_id, position, area, level) values (?, ?, ?, ?, ?)")
                    .params(
                            person.organizationId().value(),
                            person.id().value(),
                            position++,
                            e.area(),
                            e.level().name())
                    .update();
        }
    }

    Optional<Person> find(OrganizationId org, PersonId id) {
        return withExpertise(
                        org,
                        jdbc.sql("select " + COLUMNS + " from people where organization_id = ? and id = ?")
                                .params(org.value(), id.value())
                                .query(this::row)
                                .list())
                .stream()
                .findFirst();
    }

    Optional<Person> findByEmail(OrganizationId org, String email) {
        return withExpertise(
                        org,
                        jdbc.sql("select " + COLUMNS
                                        + " from people where organization_id = ? and lower(email) = lower(?)")
                                .params(org.value(), email.strip())
                                .query(this::row)
                                .list())
                .stream()
                .findFirst();
    }

    boolean emailTaken(OrganizationId org, String email, PersonId except) {
        return jdbc.sql("select count(*) from people where organization_id = ? and lower(email) = lower(?) and id <> ?")
                        .params(org.value(), email.strip(), except.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Person> page(OrganizationId org, String query, PageRequest page) {
        return withExpertise(
                org,
                jdbc.sql("select " + COLUMNS + " from people where organization_id = ? and " + matches()
                                + " order by lower(name), id limit ? offset ?")
                        .params(org.value(), pattern(query), pattern(query), page.size(), page.offset())
                        .query(this::row)
                        .list());
    }

    long count(OrganizationId org, String query) {
        return jdbc.sql("select count(*) from people where organization_id = ? and " + matches())
                .params(org.value(), pattern(query), pattern(query))
                .query(Long.class)
                .single();
    }

    List<Person> findAll(OrganizationId org, Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] values = ids.stream().map(PersonId::value).distinct().toArray(UUID[]::new);
        return withExpertise(
                org,
                jdbc.sql("select " + COLUMNS
                                + " from people where organization_id = ? and id = any(?) order by lower(name), id")
                        .params(org.value(), values)
                        .query(this::row)
                        .list());
    }

    private static String matches() {
        return "(cast(? as text) is null or name ilike ? escape '\\')";
    }

    private static String pattern(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        return "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private List<Person> withExpertise(OrganizationId org, List<Person> people) {
        if (people.isEmpty()) {
            return people;
        }
        UUID[] ids = people.stream().map(p -> p.id().value()).toArray(UUID[]::new);
        Map<UUID, List<Expertise>> expertise = new HashMap<>();
        jdbc.sql(
                        "select person_id, area, level from person_expertise where organization_id = ? and person_id = any(?) order by position")
                .params(org.value(), ids)
                .query(rs -> {
                    expertise
                            .computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new ArrayList<>())
                            .add(new Expertise(rs.getString("area"), Expertise.Level.valueOf(rs.getString("level"))));
                });
        return people.stream()
                .map(p -> new Person(
                        p.id(),
                        p.organizationId(),
                        p.name(),
                        p.email(),
                        List.copyOf(expertise.getOrDefault(p.id().value(), List.of())),
                        p.growthGoals(),
                        p.availability(),
                        p.timeZone(),
                        p.version(),
                        p.joinedAt()))
                .toList();
    }

    private Person row(ResultSet rs, int n) throws SQLException {
        return new Person(
                new PersonId(rs.getObject("id", UUID.class)),
                new OrganizationId(rs.getObject("organization_id", UUID.class)),
                rs.getString("name"),
                rs.getString("email"),
                List.of(),
                strings(rs.getArray("growth_goals")),
                rs.getInt("availability"),
                ZoneId.of(rs.getString("time_zone")),
                rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant());
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
