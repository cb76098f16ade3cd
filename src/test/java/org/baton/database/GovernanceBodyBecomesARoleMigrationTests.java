package org.baton.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V29 turns each organization's governance body into the role Baton relies on: at least five seats, or as many as
 * it has terms not yet ended (those starting later included); every term an assignment keeping its id and dates; the old table gone.
 */
class GovernanceBodyBecomesARoleMigrationTests {

    private static final UUID ORG = UUID.randomUUID();

    private static void migrate(DataSource database, String target) {
        var flyway = Flyway.configure().dataSource(database).locations("classpath:db/migration");
        (target == null ? flyway : flyway.target(target)).load().migrate();
    }

    @Test
    void everyTermBecomesASeatOfTheGovernanceRoleWithAsManySeatsAsTodaysMembers() throws Exception {
        try (var postgres = EmbeddedPostgres.builder().start()) {
            var database = postgres.getPostgresDatabase();
            migrate(database, "25");
            var jdbc = new JdbcTemplate(database);
            jdbc.update("insert into organizations (id, name, created_at) values (?, 'Larkspur', now())", ORG);
            var today = LocalDate.now();
            UUID past = UUID.randomUUID();
            for (int i = 0; i < 7; i++) {
                var person = UUID.randomUUID();
                jdbc.update(
                        "insert into people (organization_id, id, name, email, created_at) values (?, ?, ?, ?, now())",
                        ORG,
                        person,
                        "Member " + i,
                        "member" + i + "@example.org");
                jdbc.update(
                        "insert into governance_members values (?, ?, ?, ?, ?)",
                        ORG,
                        i == 0 ? past : UUID.randomUUID(),
                        person,
                        i == 0 ? today.minusYears(2) : today.minusDays(10),
                        i == 0 ? today.minusYears(1) : today.plusDays(10));
            }

            migrate(database, null);

            var body = jdbc.queryForMap(
                    "select * from roles where organization_id = ? and charter = ?", ORG, "PRINCIPLES_GOVERNANCE");
            assertThat(body.get("type")).isEqualTo("ORG_FACULTY");
            assertThat(body.get("title")).isEqualTo("Principles governance body");
            assertThat(body.get("scope_type")).isEqualTo("ORGANIZATION");
            assertThat(body.get("seats")).isEqualTo(6);
            assertThat(jdbc.queryForObject(
                            "select count(*) from role_assignments where role_id = ?", Integer.class, body.get("id")))
                    .isEqualTo(7);
            assertThat(jdbc.queryForMap("select from_on, until_on from role_assignments where id = ?", past))
                    .containsEntry("from_on", java.sql.Date.valueOf(today.minusYears(2)))
                    .containsEntry("until_on", java.sql.Date.valueOf(today.minusYears(1)));
            assertThat(jdbc.queryForObject(
                            "select count(*) from information_schema.tables where table_name = 'governance_members'",
                            Integer.class))
                    .isZero();
        }
    }

    @Test
    void termsStartingLaterCountTowardsTheSeatsSoTheyNeverOverfillTheRole() throws Exception {
        try (var postgres = EmbeddedPostgres.builder().start()) {
            var database = postgres.getPostgresDatabase();
            migrate(database, "25");
            var jdbc = new JdbcTemplate(database);
            jdbc.update("insert into organizations (id, name, created_at) values (?, 'Larkspur', now())", ORG);
            var today = LocalDate.now();
            for (int i = 0; i < 7; i++) {
                var person = UUID.randomUUID();
                jdbc.update(
                        "insert into people (organization_id, id, name, email, created_at) values (?, ?, ?, ?, now())",
                        ORG,
                        person,
                        "Member " + i,
                        "member" + i + "@example.org");
                boolean later = i >= 4;
                jdbc.update(
                        "insert into governance_members values (?, ?, ?, ?, ?)",
                        ORG,
                        UUID.randomUUID(),
                        person,
                        later ? today.plusDays(5) : today.minusDays(10),
                        today.plusDays(30));
            }

            migrate(database, null);

            var seats = jdbc.queryForObject(
                    "select seats from roles where organization_id = ? and charter = ?",
                    Integer.class,
                    ORG,
                    "PRINCIPLES_GOVERNANCE");
            assertThat(seats).isEqualTo(7);
        }
    }

    @Test
    void anOrganizationWithoutABodyGetsNoRole() throws Exception {
        try (var postgres = EmbeddedPostgres.builder().start()) {
            var database = postgres.getPostgresDatabase();
            migrate(database, "25");
            var jdbc = new JdbcTemplate(database);
            jdbc.update("insert into organizations (id, name, created_at) values (?, 'Quiet', now())", ORG);

            migrate(database, null);

            assertThat(jdbc.queryForObject("select count(*) from roles", Integer.class))
                    .isZero();
        }
    }
}
