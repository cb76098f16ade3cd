package org.baton.network;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of the big opportunity statement, and who read which first when. */
@Repository
class OpportunityVersionRepository {

    private final JdbcClient jdbc;

    OpportunityVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number the next version gets: one more than the highest so far. */
    int nextNumber(OrganizationId org) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from opportunity_versions where organization_id = ?")
                .param(uuid(org))
                .query(Integer.class)
                .single();
    }

    /** Newest first. */
    List<OpportunityVersion> all(OrganizationId org) {
        return jdbc.sql("select * from opportunity_versions where organization_id = ? order by number desc")
                .param(uuid(org))
                .query(OpportunityVersionRepository::version)
                .list();
    }

    /** The adopted version with the highest number. */
    Optional<OpportunityVersion> current(OrganizationId org) {
        return jdbc.sql(
                        """
                select * from opportunity_versions where organization_id = ? and status = 'ADOPTED'
                order by number desc limit 1""")
                .param(uuid(org))
                .query(OpportunityVersionRepository::version)
                .optional();
    }

    /** The version awaiting the consent decision {@code decisionId}, if that decision was raised for one. */
    Optional<OpportunityVersion> proposedUnder(OrganizationId org, DecisionId decisionId) {
        return jdbc.sql(
                        """
                select * from opportunity_versions
                where organization_id = ? and decision_id = ? and status = 'PROPOSED' for update""")
                .params(uuid(org), uuid(decisionId))
                .query(OpportunityVersionRepository::version)
                .optional();
    }

    void insert(OpportunityVersion v) {
        jdbc.sql(
                        """
                insert into opportunity_versions (organization_id, id, number, text, rationale, status, decision_id,
                    proposed_by, proposed_at, adopted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        uuid(v.organizationId()),
                        v.id(),
                        v.number(),
                        v.text(),
                        v.rationale(),
                        v.status().name(),
                        uuid(v.decisionId()),
                        uuid(v.proposedBy()),
                        timestamp(v.proposedAt()),
                        timestamp(v.adoptedAt()))
                .update();
    }

    /** Stores how its decision settled it: its status, its text as adopted, and when. */
    void saveDecided(OpportunityVersion v) {
        jdbc.sql(
                        """
                update opportunity_versions set status = ?, text = ?, adopted_at = ?
                where organization_id = ? and id = ?""")
                .params(v.status().name(), v.text(), timestamp(v.adoptedAt()), uuid(v.organizationId()), v.id())
                .update();
    }

    /** Counts {@code person}'s first read of the version; later reads change nothing. */
    void read(OrganizationId org, UUID versionId, PersonId person, Instant now) {
        jdbc.sql(
                        """
                insert into opportunity_reads (organization_id, version_id, person_id, read_at) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(uuid(org), versionId, uuid(person), timestamp(now))
                .update();
    }

    long reads(OrganizationId org, UUID versionId) {
        return jdbc.sql("select count(*) from opportunity_reads where organization_id = ? and version_id = ?")
                .params(uuid(org), versionId)
                .query(Long.class)
                .single();
    }

    private static OpportunityVersion version(ResultSet rs, int n) throws SQLException {
        return new OpportunityVersion(
                rs.getObject("id", UUID.class),
                id(rs, "organization_id", OrganizationId::new),
                rs.getInt("number"),
                rs.getString("text"),
                rs.getString("rationale"),
                id(rs, "proposed_by", PersonId::new),
                instant(rs, "proposed_at"),
                id(rs, "decision_id", DecisionId::new),
                Rows.constant(rs, "status", OpportunityVersion.Status.class),
                instant(rs, "adopted_at"));
    }
}
