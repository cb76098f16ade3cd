package org.baton.log;

import static org.baton.shared.Rows.uuid;
import static org.baton.shared.Rows.uuidArray;

import java.util.List;
import java.util.UUID;
import org.baton.shared.OrganizationId;
import org.baton.teams.Audience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may read the entries of each subject, beside the chain and not in it: a confidential entry is written
 * and hashed like any other and keeps its place in the chain, while only those its subject's
 * {@link Audience} admits (as a {@link org.baton.teams.Viewer}) are shown its content. A subject without a row is open to the organization.
 */
@Component
class LogAudiences {

    /**
     * The rule of {@link Audience} over {@code log_entries}: an entry is hidden when its subject is narrowed
     * and the viewer is neither named on it nor, for a team-wide one, on its team.
     */
    static final String VISIBLE =
            """
            not exists (select 1 from log_audiences la where la.organization_id = log_entries.organization_id
                and la.subject_id = log_entries.subject_id and la.visibility <> 'ORGANIZATION'
                and not coalesce(cast(:viewer as uuid) = any(la.named_ids), false)
                and not (la.visibility = 'TEAM' and coalesce(
                    la.home_base_id = any(:viewerHomeBases) or la.mission_id = any(:viewerMissions), false)))""";

    private final JdbcClient jdbc;

    LogAudiences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the subject's audience as it is now: people named later (asked for advice, say) may read it too. */
    void keep(OrganizationId org, UUID subjectId, Audience audience) {
        jdbc.sql(
                        """
                insert into log_audiences (organization_id, subject_id, visibility, home_base_id, mission_id, named_ids)
                values (?, ?, ?, ?, ?, ?)
                on conflict (organization_id, subject_id) do update set visibility = excluded.visibility,
                    home_base_id = excluded.home_base_id, mission_id = excluded.mission_id, named_ids = excluded.named_ids""")
                .params(
                        org.value(),
                        subjectId,
                        audience.visibility().name(),
                        uuid(audience.scope().homeBaseId()),
                        uuid(audience.scope().missionId()),
                        uuidArray(List.copyOf(audience.named())))
                .update();
    }
}
