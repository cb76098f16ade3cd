package org.baton.network;

import static org.baton.shared.Rows.constant;
import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.localDate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A call's own row, before its panel and applications are read. */
record CoalitionCallRow(
        OrganizationId org,
        UUID callId,
        CoalitionCallTerms terms,
        PersonId openedBy,
        Instant openedAt,
        CoalitionCallStatus status,
        Instant closedAt,
        CoalitionSelection selection,
        Instant selectedAt,
        DecisionId decisionId,
        long version) {

    static CoalitionCallRow of(ResultSet rs, int n) throws SQLException {
        var selection = rs.getString("selection");
        return new CoalitionCallRow(
                id(rs, "organization_id", OrganizationId::new),
                rs.getObject("id", UUID.class),
                new CoalitionCallTerms(rs.getInt("seats"), localDate(rs, "closes_on"), rs.getString("criteria")),
                id(rs, "opened_by", PersonId::new),
                instant(rs, "opened_at"),
                constant(rs, "status", CoalitionCallStatus.class),
                instant(rs, "closed_at"),
                selection == null ? null : CoalitionCallRepository.JSON.readValue(selection, CoalitionSelection.class),
                instant(rs, "selected_at"),
                id(rs, "decision_id", DecisionId::new),
                rs.getLong("version"));
    }

    CoalitionCall call(List<PersonId> panel, List<CoalitionApplication> applications) {
        return new CoalitionCall(
                org,
                callId,
                terms,
                openedBy,
                openedAt,
                panel,
                applications,
                status,
                closedAt,
                selection,
                selectedAt,
                decisionId,
                version);
    }
}
