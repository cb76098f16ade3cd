package org.baton.intents;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;

import java.time.Instant;
import java.util.List;
import org.baton.shared.OrganizationId;
import org.baton.teams.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The objection windows that concern a person, for their calendar: those of open intents declared in a team they
 * are on, or by them, among the intents they may see.
 */
@Component
public class IntentCalendar {

    private final JdbcClient jdbc;

    IntentCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The open objection windows of {@code viewer}'s teams closing from {@code from} until {@code until}. */
    @Transactional(readOnly = true)
    public List<IntentWindow> windowsOf(OrganizationId org, Viewer viewer, Instant from, Instant until, int limit) {
        return jdbc.sql(
                        """
                select id, statement, deadline from intents
                where organization_id = :org and status = 'OPEN' and deadline >= :from and deadline < :until
                  and (author_id = :viewer or home_base_id = any(:viewerHomeBases) or mission_id = any(:viewerMissions))"""
                                + VisibleIntents.SQL
                                + " order by deadline, id limit :limit")
                .param("org", org.value())
                .params(viewer.asParameters())
                .param("from", timestamp(from))
                .param("until", timestamp(until))
                .param("limit", limit)
                .query((rs, n) -> new IntentWindow(
                        id(rs, "id", IntentId::new), rs.getString("statement"), instant(rs, "deadline")))
                .list();
    }
}
