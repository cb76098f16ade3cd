package org.baton.development;

import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import java.util.Optional;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The latest staffing proposal of each mission, kept as JSON so that accepting applies what was shown. The pages
 * and the API name the one they show by when it was made ({@code proposedAt}, to the microsecond), unique enough
 * per mission.
 */
@Repository
class StaffingProposals {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    StaffingProposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps {@code proposal} as the mission's latest, in place of any before it. */
    void keep(OrganizationId org, StaffingProposal proposal, PersonId by) {
        jdbc.sql(
                        """
                insert into staffing_proposals (organization_id, mission_id, mission_version, proposal, proposed_by, proposed_at)
                values (?, ?, ?, cast(? as jsonb), ?, ?)
                on conflict (organization_id, mission_id) do update set mission_version = excluded.mission_version,
                    proposal = excluded.proposal, proposed_by = excluded.proposed_by, proposed_at = excluded.proposed_at""")
                .params(
                        uuid(org),
                        uuid(proposal.missionId()),
                        proposal.missionVersion(),
                        JSON.writeValueAsString(proposal),
                        uuid(by),
                        timestamp(proposal.proposedAt()))
                .update();
    }

    Optional<StaffingProposal> latest(OrganizationId org, MissionId mission) {
        return jdbc.sql("select proposal from staffing_proposals where organization_id = ? and mission_id = ?")
                .params(uuid(org), uuid(mission))
                .query((rs, n) -> JSON.readValue(rs.getString("proposal"), StaffingProposal.class))
                .optional();
    }

    /** Serializes accepting proposals within the organization until the transaction ends. */
    void lockAccepting(OrganizationId org) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('staffing:' || ?))")
                .param(org.value().toString())
                .query()
                .singleRow();
    }
}
