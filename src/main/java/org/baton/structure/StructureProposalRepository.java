package org.baton.structure;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;
import static org.baton.shared.Rows.uuidArray;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.Rows;
import org.baton.zones.AreaId;
import org.baton.zones.Zone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StructureProposalRepository {

    private final JdbcClient jdbc;

    StructureProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    List<StructureProposal> all(OrganizationId org) {
        return jdbc.sql("select * from structure_proposals where organization_id = ? order by proposed_at desc, id")
                .param(uuid(org))
                .query(StructureProposalRepository::proposal)
                .list();
    }

    /** The pending proposal that a consent decision decides, if that decision was raised for one. */
    Optional<StructureProposal> pendingDecidedBy(OrganizationId org, DecisionId decisionId) {
        return jdbc.sql(
                        "select * from structure_proposals where organization_id = ? and decision_id = ? and status = 'PENDING'")
                .params(uuid(org), uuid(decisionId))
                .query(StructureProposalRepository::proposal)
                .optional();
    }

    void insert(StructureProposal p) {
        var c = p.change();
        jdbc.sql(
                        """
                insert into structure_proposals (organization_id, id, decision_id, kind, subject, area_id, name, zone, description,
                    home_base_id, mission_id, role, role_id, mandate_id, member_ids, rationale, proposed_by, proposed_at,
                    status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        uuid(p.organizationId()),
                        p.id(),
                        uuid(p.decisionId()),
                        c.kind().name(),
                        p.subject(),
                        uuid(c.areaId()),
                        c.name(),
                        Rows.name(c.zone()),
                        c.description(),
                        uuid(c.homeBaseId()),
                        uuid(c.missionId()),
                        c.role(),
                        c.roleId(),
                        c.mandateId(),
                        uuidArray(c.memberIds()),
                        c.rationale(),
                        uuid(p.proposedBy()),
                        timestamp(p.proposedAt()),
                        p.status().name())
                .update();
    }

    void saveStatus(StructureProposal p) {
        jdbc.sql("update structure_proposals set status = ? where organization_id = ? and id = ?")
                .params(p.status().name(), uuid(p.organizationId()), p.id())
                .update();
    }

    private static StructureProposal proposal(ResultSet rs, int n) throws SQLException {
        var change = new StructureChange(
                StructureChange.Kind.valueOf(rs.getString("kind")),
                id(rs, "area_id", AreaId::new),
                rs.getString("name"),
                Rows.constant(rs, "zone", Zone.class),
                rs.getString("description"),
                id(rs, "home_base_id", HomeBaseId::new),
                id(rs, "mission_id", MissionId::new),
                rs.getString("role"),
                rs.getObject("role_id", UUID.class),
                rs.getObject("mandate_id", UUID.class),
                Rows.ids(rs, "member_ids", PersonId::new),
                rs.getString("rationale"));
        return new StructureProposal(
                rs.getObject("id", UUID.class),
                id(rs, "organization_id", OrganizationId::new),
                id(rs, "decision_id", DecisionId::new),
                change,
                rs.getString("subject"),
                id(rs, "proposed_by", PersonId::new),
                instant(rs, "proposed_at"),
                StructureProposal.Status.valueOf(rs.getString("status")));
    }
}
