package org.baton.roles;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.strings;
import static org.baton.shared.Rows.textArray;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;
import static org.baton.shared.Rows.uuids;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hand-overs, splits and selections proposed for roles, and the nominations for their seats. */
@Repository
class RoleChangeRepository {

    private final JdbcClient jdbc;

    RoleChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(RoleChangeProposal p) {
        var c = p.change();
        jdbc.sql(
                        """
                insert into role_change_proposals (organization_id, id, role_id, decision_id, kind, subject,
                    to_person_id, from_person_id, titles, reason, proposed_by, proposed_at, stepping_back, status,
                    failure)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        uuid(p.organizationId()),
                        p.id(),
                        uuid(p.roleId()),
                        uuid(p.decisionId()),
                        c.kind().name(),
                        p.subject(),
                        uuid(c.toPersonId()),
                        uuid(c.fromPersonId()),
                        textArray(c.titles()),
                        c.reason(),
                        uuid(p.proposedBy()),
                        timestamp(p.proposedAt()),
                        p.steppingBack().toArray(UUID[]::new),
                        p.status().name(),
                        p.failure())
                .update();
    }

    /** The pending proposal that a consent decision decides, if that decision was raised for one. */
    Optional<RoleChangeProposal> pendingDecidedBy(OrganizationId org, DecisionId decisionId) {
        return jdbc.sql("select * from role_change_proposals where organization_id = ? and decision_id = ?"
                        + " and status = 'PENDING'")
                .params(uuid(org), uuid(decisionId))
                .query(RoleChangeRepository::proposal)
                .optional();
    }

    /** A role's proposals, newest first. */
    List<RoleChangeProposal> of(OrganizationId org, RoleId role) {
        return jdbc.sql("select * from role_change_proposals where organization_id = ? and role_id = ?"
                        + " order by proposed_at desc, id")
                .params(uuid(org), uuid(role))
                .query(RoleChangeRepository::proposal)
                .list();
    }

    void saveStatus(RoleChangeProposal p) {
        jdbc.sql("update role_change_proposals set status = ?, failure = ? where organization_id = ? and id = ?")
                .params(p.status().name(), p.failure(), uuid(p.organizationId()), p.id())
                .update();
    }

    /**
     * Which of these titles a role of that scope already has (titles are unique within a scope; every
     * knowledge-area role shares one).
     */
    List<String> takenTitles(OrganizationId org, RoleScope scope, Collection<String> titles) {
        return jdbc.sql("select title from roles where organization_id = ? and scope_type = ?"
                        + " and coalesce(scope_id, organization_id) = coalesce(?, organization_id)"
                        + " and lower(title) = any(?)")
                .params(
                        uuid(org),
                        scope.type().name(),
                        scope.type() == RoleScope.Type.KNOWLEDGE_AREA ? null : scope.id(),
                        titles.stream()
                                .map(t -> t.toLowerCase(java.util.Locale.ROOT))
                                .toArray(String[]::new))
                .query(String.class)
                .list();
    }

    /**
     * Waits for, then holds until commit, the role's row, so that two changes of one role made at once are applied
     * one after the other, each seeing the seats the other took.
     */
    void lockRole(OrganizationId org, RoleId role) {
        jdbc.sql("select id from roles where organization_id = ? and id = ? for update")
                .params(uuid(org), uuid(role))
                .query(UUID.class)
                .optional();
    }

    void insert(Nomination n) {
        jdbc.sql(
                        """
                insert into role_nominations (organization_id, id, role_id, nominee_id, nominated_by, reason,
                    nominated_at, open)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        uuid(n.organizationId()),
                        n.id(),
                        uuid(n.roleId()),
                        uuid(n.nomineeId()),
                        uuid(n.nominatedBy()),
                        n.reason(),
                        timestamp(n.nominatedAt()),
                        n.open())
                .update();
    }

    /** Whether this person has an open nomination of that nominee for the role. */
    boolean nominatedAlready(OrganizationId org, RoleId role, PersonId by, PersonId nominee) {
        return jdbc.sql("select exists (select 1 from role_nominations where organization_id = ? and role_id = ?"
                        + " and nominated_by = ? and nominee_id = ? and open)")
                .params(uuid(org), uuid(role), uuid(by), uuid(nominee))
                .query(Boolean.class)
                .single();
    }

    /** A role's nominations, open ones first, then newest first. */
    List<Nomination> nominations(OrganizationId org, RoleId role) {
        return jdbc.sql("select * from role_nominations where organization_id = ? and role_id = ?"
                        + " order by open desc, nominated_at desc, id")
                .params(uuid(org), uuid(role))
                .query(RoleChangeRepository::nomination)
                .list();
    }

    /** Closes the open nominations of a nominee once they are seated. */
    void closeNominations(OrganizationId org, RoleId role, PersonId nominee) {
        jdbc.sql("update role_nominations set open = false where organization_id = ? and role_id = ?"
                        + " and nominee_id = ? and open")
                .params(uuid(org), uuid(role), uuid(nominee))
                .update();
    }

    private static RoleChangeProposal proposal(ResultSet rs, int n) throws SQLException {
        var change = new RoleChange(
                RoleChange.Kind.valueOf(rs.getString("kind")),
                id(rs, "to_person_id", PersonId::new),
                id(rs, "from_person_id", PersonId::new),
                strings(rs, "titles"),
                rs.getString("reason"));
        return new RoleChangeProposal(
                rs.getObject("id", UUID.class),
                id(rs, "organization_id", OrganizationId::new),
                id(rs, "role_id", RoleId::new),
                id(rs, "decision_id", DecisionId::new),
                change,
                rs.getString("subject"),
                id(rs, "proposed_by", PersonId::new),
                instant(rs, "proposed_at"),
                uuids(rs, "stepping_back"),
                RoleChangeProposal.Status.valueOf(rs.getString("status")),
                rs.getString("failure"));
    }

    private static Nomination nomination(ResultSet rs, int n) throws SQLException {
        return new Nomination(
                rs.getObject("id", UUID.class),
                id(rs, "organization_id", OrganizationId::new),
                id(rs, "role_id", RoleId::new),
                id(rs, "nominee_id", PersonId::new),
                id(rs, "nominated_by", PersonId::new),
                rs.getString("reason"),
                instant(rs, "nominated_at"),
                rs.getBoolean("open"));
    }
}
