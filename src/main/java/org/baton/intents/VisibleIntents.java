package org.baton.intents;

import java.util.List;
import java.util.UUID;
import org.baton.shared.OrganizationId;
import org.baton.teams.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The visibility rule ({@link org.baton.teams.Audience}) as a condition on {@code intents} rows, so that
 * listings and their counts hold only what the viewer may see: open to the organization; kept to a team the
 * viewer is on; or declared by or naming the viewer. Also names what a viewer may not see.
 */
@Component
class VisibleIntents {

    static final String SQL =
            """

            and (visibility = 'ORGANIZATION'
                or author_id = :viewer or cast(:viewer as uuid) = any(named_ids)
                or (visibility = 'TEAM' and (home_base_id = any(:viewerHomeBases) or mission_id = any(:viewerMissions))))""";

    private final JdbcClient jdbc;

    VisibleIntents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the intents {@code viewer} may not see. */
    List<UUID> hiddenFrom(OrganizationId org, Viewer viewer) {
        return jdbc.sql("select id from intents where organization_id = :org and visibility <> 'ORGANIZATION'"
                        + " and not coalesce(true" + SQL + ", false)")
                .param("org", org.value())
                .params(viewer.asParameters())
                .query(UUID.class)
                .list();
    }
}
