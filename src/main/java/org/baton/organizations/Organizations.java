package org.baton.organizations;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Founding and finding organizations (tenants). */
@Service
public class Organizations {

    private final JdbcClient jdbc;
    private final Clock clock;

    Organizations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Organization found(String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "organization.name.required", "An organization needs a name.");
        }
        var organization = new Organization(
                OrganizationId.random(),
                name.strip(),
                ZoneId.of("UTC"),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        jdbc.sql("insert into organizations (id, name, time_zone, created_at) values (?, ?, ?, ?)")
                .params(
                        organization.id().value(),
                        organization.name(),
                        organization.timeZone().getId(),
                        java.sql.Timestamp.from(organization.createdAt()))
                .update();
        return organization;
    }

    @Transactional(readOnly = true)
    public Optional<Organization> find(OrganizationId id) {
        return jdbc.sql("select id, name, time_zone, created_at from organizations where id = ?")
                .param(id.value())
                .query((rs, n) -> new Organization(
                        new OrganizationId(rs.getObject("id", java.util.UUID.class)),
                        rs.getString("name"),
                        ZoneId.of(rs.getString("time_zone")),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    public Organization get(OrganizationId id) {
        return find(id).orElseThrow(() -> new NotFound("organization", id));
    }

    @Transactional(readOnly = true)
    public List<OrganizationId> all() {
        return jdbc.sql("select id from organizations order by created_at, id")
                .query((rs, n) -> new OrganizationId(rs.getObject(1, java.util.UUID.class)))
                .list();
    }
}
