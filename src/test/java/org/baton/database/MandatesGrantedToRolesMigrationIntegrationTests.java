package org.baton.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.baton.support.BatonIntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mandates that named a role only by its title get a role when they are migrated: the organization's role of that
 * title (any case), else a new work role of the whole organization with one seat. Run in a schema of its own.
 */
@BatonIntegrationTest
class MandatesGrantedToRolesMigrationIntegrationTests {

    @Autowired
    DataSource dataSource;

    final String schema = "migration_" + UUID.randomUUID().toString().replace("-", "");

    final UUID org = UUID.randomUUID();

    JdbcClient jdbc;

    Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }

    @AfterEach
    void dropSchema() {
        JdbcClient.create(dataSource)
                .sql("drop schema if exists " + schema + " cascade")
                .update();
    }

    @Test
    void eachTitleAMandateNamedBecomesTheRoleItIsGrantedTo() {
        flyway("25").migrate();
        jdbc = JdbcClient.create(dataSource);
        UUID area = UUID.randomUUID();
        UUID leadPricing = UUID.randomUUID();
        sql("insert into %s.organizations (id, name, created_at) values (?, 'Clinic', now())", org);
        sql(
                "insert into %s.decision_areas (organization_id, id, name, zone, created_at) values (?, ?, 'Pricing', 'LOCAL', now())",
                org, area);
        sql(
                "insert into %s.roles (organization_id, id, type, title, scope_type, knowledge_area, seats, created_at)"
                        + " values (?, ?, 'FACULTY_LEAD', 'Lead Pricing', 'KNOWLEDGE_AREA', 'pricing', 1, now())",
                org, leadPricing);
        UUID toLead = mandate(area, "lead pricing");
        UUID toOwner = mandate(area, "Product owner");
        UUID toOwnerAgain = mandate(area, "PRODUCT OWNER");

        flyway("latest").migrate();

        Map<UUID, UUID> roleOf = jdbc
                .sql("select id, role_id from " + schema + ".mandates")
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(roleOf.get(toLead)).isEqualTo(leadPricing);
        assertThat(roleOf.get(toOwner)).isNotNull().isEqualTo(roleOf.get(toOwnerAgain));
        List<String> defined = jdbc.sql("select type || ' ' || title || ' ' || scope_type || ' ' || seats from "
                        + schema + ".roles where id = ?")
                .param(roleOf.get(toOwner))
                .query(String.class)
                .list();
        assertThat(defined).containsExactly("WORK Product owner ORGANIZATION 1");
        assertThat(jdbc.sql("select count(*) from " + schema + ".roles")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    private UUID mandate(UUID area, String role) {
        UUID id = UUID.randomUUID();
        sql(
                "insert into %s.mandates (organization_id, id, area_id, role_name, granted_at) values (?, ?, ?, ?, now())",
                org, id, area, role);
        return id;
    }

    private void sql(String statement, Object... params) {
        jdbc.sql(statement.formatted(schema)).params(params).update();
    }
}
