package org.baton.organizations;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

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
                        uuid(organization.id()),
                        organization.name(),
                        organization.timeZone().getId(),
                        timestamp(organization.createdAt()))
                .update();
        return organization;
    }

    @Transactional(readOnly = true)
    public Optional<Organization> find(OrganizationId id) {
        return jdbc.sql("select id, name, time_zone, created_at from organizations where id = ?")
                .param(uuid(id))
                .query((rs, n) -> new Organization(
                        id(rs, "id", OrganizationId::new),
                        rs.getString("name"),
                        ZoneId.of(rs.getString("time_zone")),
                        instant(rs, "created_at")))
                .optional();
    }

    public Organization get(OrganizationId id) {
        return find(id).orElseThrow(() -> new NotFound("organization", id));
    }

    @Transactional(readOnly = true)
    public List<OrganizationId> all() {
        return jdbc.sql("select id from organizations order by created_at, id")
                .query((rs, n) -> id(rs, "id", OrganizationId::new))
                .list();
    }
}
