package org.baton.principles;

import static org.baton.shared.Rows.date;
import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.localDate;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ChangeProposalRepository {

    private final JdbcClient jdbc;

    ChangeProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    List<ChangeProposal> all(OrganizationId org) {
        return jdbc.sql(
                        "select * from principle_change_proposals where organization_id = ? order by proposed_at desc, id")
                .param(uuid(org))
                .query(ChangeProposalRepository::proposal)
                .list();
    }

    /** The pending proposal that a consent decision decides, if that decision was raised for one. */
    Optional<ChangeProposal> pendingDecidedBy(OrganizationId org, DecisionId decisionId) {
        return jdbc.sql(
                        "select * from principle_change_proposals where organization_id = ? and decision_id = ? and status = 'PENDING'")
                .params(uuid(org), uuid(decisionId))
                .query(ChangeProposalRepository::proposal)
                .optional();
    }

    /** Whether a proposal to the body was decided by this decision, whatever became of it. */
    boolean decidedBy(OrganizationId org, DecisionId decisionId) {
        return jdbc.sql("select exists (select 1 from principle_change_proposals where organization_id = ?"
                        + " and decision_id = ?)")
                .params(uuid(org), uuid(decisionId))
                .query(Boolean.class)
                .single();
    }

    void insert(ChangeProposal p) {
        var trigger = p.trigger();
        jdbc.sql(
                        """
                insert into principle_change_proposals (organization_id, id, decision_id, kind, value_id, principle_id, text, description, rationale,
                    trigger_type, trigger_id, proposed_by, proposed_at, status, member_id, term_starts_on, term_ends_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        uuid(p.organizationId()),
                        p.id(),
                        uuid(p.decisionId()),
                        p.kind().name(),
                        uuid(p.valueId()),
                        uuid(p.principleId()),
                        p.text(),
                        p.description(),
                        p.rationale(),
                        trigger == null ? null : trigger.kind().name(),
                        trigger == null ? null : trigger.id(),
                        uuid(p.proposedBy()),
                        timestamp(p.proposedAt()),
                        p.status().name(),
                        uuid(p.memberId()),
                        date(p.termStartsOn()),
                        date(p.termEndsOn()))
                .update();
    }

    void saveStatus(ChangeProposal p) {
        jdbc.sql("update principle_change_proposals set status = ? where organization_id = ? and id = ?")
                .params(p.status().name(), uuid(p.organizationId()), p.id())
                .update();
    }

    private static ProposedChange.Seat seat(ResultSet rs) throws SQLException {
        var member = id(rs, "member_id", PersonId::new);
        return member == null
                ? null
                : new ProposedChange.Seat(member, localDate(rs, "term_starts_on"), localDate(rs, "term_ends_on"));
    }

    private static ChangeProposal proposal(ResultSet rs, int n) throws SQLException {
        var change = new ProposedChange(
                ChangeProposal.Kind.valueOf(rs.getString("kind")),
                id(rs, "value_id", ValueId::new),
                id(rs, "principle_id", PrincipleId::new),
                rs.getString("text"),
                rs.getString("description"),
                rs.getString("rationale"),
                ValueRepository.trigger(rs),
                seat(rs));
        return new ChangeProposal(
                rs.getObject("id", UUID.class),
                id(rs, "organization_id", OrganizationId::new),
                id(rs, "decision_id", DecisionId::new),
                change,
                id(rs, "proposed_by", PersonId::new),
                instant(rs, "proposed_at"),
                ChangeProposal.Status.valueOf(rs.getString("status")));
    }
}
