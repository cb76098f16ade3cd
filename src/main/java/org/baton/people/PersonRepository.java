package org.baton.people;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.strings;
import static org.baton.shared.Rows.textArray;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;
import static org.baton.shared.Rows.uuidArray;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * People and their expertise. Saving writes the person's row (version-checked) and rewrites their expertise
 * only when it changed since the person was loaded.
 */
@Repository
class PersonRepository {

    private static final String COLUMNS =
            "id, organization_id, name, email, growth_goals, availability, time_zone, steward_id, reports_to_id, version,"
                    + " created_at";

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
                        uuid(person.organizationId()),
                        uuid(person.id()),
                        person.name(),
                        person.email(),
                        textArray(person.growthGoals()),
                        person.availability(),
                        person.timeZone().getId(),
                        timestamp(person.joinedAt()))
                .update();
        insertExpertise(person);
        person.saved(0);
    }

    /** Writes what changed, or refuses when someone else saved the person since {@code expectedVersion}. */
    void update(Person person, long expectedVersion) {
        int updated = jdbc.sql(
                        """
                update people set name = ?, email = ?, growth_goals = ?, availability = ?, time_zone = ?, steward_id = ?,
                    reports_to_id = ?, version = version + 1
                where organization_id = ? and id = ? and version = ?""")
                .params(
                        person.name(),
                        person.email(),
                        textArray(person.growthGoals()),
                        person.availability(),
                        person.timeZone().getId(),
                        uuid(person.stewardId()),
                        uuid(person.reportsToId()),
                        uuid(person.organizationId()),
                        uuid(person.id()),
                        expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("person " + person.id() + " was changed by someone else");
        }
        if (person.expertiseChangedSinceSaved()) {
            jdbc.sql("delete from person_expertise where organization_id = ? and person_id = ?")
                    .params(uuid(person.organizationId()), uuid(person.id()))
                    .update();
            insertExpertise(person);
        }
        person.saved(expectedVersion + 1);
    }

    /** Expertise is one ordered list of areas: when it changes, it is written anew. */
    private void insertExpertise(Person person) {
        int position = 0;
        for (Expertise e : person.expertise()) {
            jdbc.sql(
                            "insert into person_expertise (organization_id, person_id, position, area, level) values (?, ?, ?, ?, ?)")
                    .params(
                            uuid(person.organizationId()),
                            uuid(person.id()),
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
                                .params(uuid(org), uuid(id))
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
                                .params(uuid(org), email.strip())
                                .query(this::row)
                                .list())
                .stream()
                .findFirst();
    }

    boolean emailTaken(OrganizationId org, String email, PersonId except) {
        return jdbc.sql("select count(*) from people where organization_id = ? and lower(email) = lower(?) and id <> ?")
                        .params(uuid(org), email.strip(), uuid(except))
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Person> page(OrganizationId org, String query, boolean withoutSteward, PageRequest page) {
        return withExpertise(
                org,
                jdbc.sql("select " + COLUMNS + " from people where organization_id = ? and " + matches(withoutSteward)
                                + " order by lower(name), id limit ? offset ?")
                        .params(uuid(org), pattern(query), pattern(query), page.size(), page.offset())
                        .query(this::row)
                        .list());
    }

    long count(OrganizationId org, String query, boolean withoutSteward) {
        return jdbc.sql("select count(*) from people where organization_id = ? and " + matches(withoutSteward))
                .params(uuid(org), pattern(query), pattern(query))
                .query(Long.class)
                .single();
    }

    /** The people whose {@code column} (steward_id or reports_to_id) names {@code person}, by name. */
    List<Person> naming(OrganizationId org, String column, PersonId person) {
        if (!column.equals("steward_id") && !column.equals("reports_to_id")) {
            throw new IllegalArgumentException(column);
        }
        return withExpertise(
                org,
                jdbc.sql("select " + COLUMNS + " from people where organization_id = ? and " + column
                                + " = ? order by lower(name), id")
                        .params(uuid(org), uuid(person))
                        .query(this::row)
                        .list());
    }

    List<Person> findAll(OrganizationId org, Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var values = uuidArray(ids.stream().distinct().toList());
        return withExpertise(
                org,
                jdbc.sql("select " + COLUMNS
                                + " from people where organization_id = ? and id = any(?) order by lower(name), id")
                        .params(uuid(org), values)
                        .query(this::row)
                        .list());
    }

    /** Everyone of the organization, with their expertise: two queries however many they are. */
    List<Person> everyone(OrganizationId org) {
        return withExpertise(
                org,
                jdbc.sql("select " + COLUMNS + " from people where organization_id = ? order by id")
                        .param(uuid(org))
                        .query(this::row)
                        .list());
    }

    private static String matches(boolean withoutSteward) {
        return "(cast(? as text) is null or name ilike ? escape '\\')"
                + (withoutSteward ? " and steward_id is null" : "");
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
        var ids = uuidArray(people.stream().map(Person::id).toList());
        Map<PersonId, List<Expertise>> expertise = new HashMap<>();
        jdbc.sql(
                        "select person_id, area, level from person_expertise where organization_id = ? and person_id = any(?) order by position")
                .params(uuid(org), ids)
                .query(rs -> {
                    expertise
                            .computeIfAbsent(id(rs, "person_id", PersonId::new), k -> new ArrayList<>())
                            .add(new Expertise(rs.getString("area"), Expertise.Level.valueOf(rs.getString("level"))));
                });
        return people.stream()
                .map(p -> new Person(
                        p.id(),
                        p.organizationId(),
                        p.name(),
                        p.email(),
                        List.copyOf(expertise.getOrDefault(p.id(), List.of())),
                        p.growthGoals(),
                        p.availability(),
                        p.timeZone(),
                        p.stewardId(),
                        p.reportsToId(),
                        p.version(),
                        p.joinedAt()))
                .toList();
    }

    private Person row(ResultSet rs, int n) throws SQLException {
        return new Person(
                id(rs, "id", PersonId::new),
                id(rs, "organization_id", OrganizationId::new),
                rs.getString("name"),
                rs.getString("email"),
                List.of(),
                strings(rs, "growth_goals"),
                rs.getInt("availability"),
                ZoneId.of(rs.getString("time_zone")),
                id(rs, "steward_id", PersonId::new),
                id(rs, "reports_to_id", PersonId::new),
                rs.getLong("version"),
                instant(rs, "created_at"));
    }

    /** Holds the organization's reporting lines until the transaction ends, so loop checks see each other's work. */
    void lockReportingLines(OrganizationId org) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
                .param("reporting-lines:" + org.value())
                .query((rs, n) -> 1)
                .single();
    }
}
