package org.baton.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seats people on an organization's guiding coalition directly, for tests of what coalition members do (forming the
 * coalition by open application is tested on its own): a formed call opened by {@code openedBy}, and its members.
 */
public final class InitiativeCoalitionSeats {

    private InitiativeCoalitionSeats() {}

    public static void seat(JdbcClient jdbc, OrganizationId org, UUID openedBy, UUID... members) {
        var call = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.sql(
                        """
                insert into coalition_calls (organization_id, id, seats, closes_on, criteria, status, opened_by, opened_at)
                values (?, ?, ?, ?, '', 'FORMED', ?, ?)""")
                .params(
                        org.value(),
                        call,
                        Math.max(1, members.length),
                        java.sql.Date.valueOf(LocalDate.now()),
                        openedBy,
                        now)
                .update();
        for (var member : members) {
            jdbc.sql(
                            "insert into coalition_members (organization_id, person_id, call_id, joined_at) values (?, ?, ?, ?)")
                    .params(org.value(), member, call, now)
                    .update();
        }
    }
}
