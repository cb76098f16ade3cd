package org.baton.decisions;

import static org.baton.shared.Rows.date;
import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.localDate;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.baton.shared.Rows;
import org.baton.shared.Visibility;
import org.baton.teams.Scope;
import org.baton.teams.Viewer;
import org.baton.zones.AreaId;
import org.baton.zones.Zone;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Decisions and their contributions. Saving writes the decision's row (version-checked) and only the
 * contributions that are new or changed since it was loaded: proposals, objections, advice and contests are
 * inserted once and then only their status or answer is updated; a reaction is upserted per person.
 */
@Repository
class DecisionRepository {

    private final JdbcClient jdbc;
    private final ContributionRows contributions;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.contributions = new ContributionRows(jdbc);
    }

    void insert(Decision d) {
        jdbc.sql(
                        """
                insert into decisions (organization_id, id, title, context, home_base_id, mission_id, proposer_id, decider_id,
                    reversibility, consequence, options, recommended_method, method, method_reason, status, consent_deadline,
                    corrects_id, intent_id, area_id, zone, raised_at, consult_until, visibility, named_ids, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        uuid(d.organizationId()),
                        uuid(d.id()),
                        d.title(),
                        d.context(),
                        uuid(d.scope().homeBaseId()),
                        uuid(d.scope().missionId()),
                        uuid(d.proposerId()),
                        uuid(d.deciderId()),
                        d.reversibility().name(),
                        d.consequence().name(),
                        Rows.textArray(d.options()),
                        d.recommendedMethod().name(),
                        d.method().name(),
                        d.methodReason(),
                        d.status().name(),
                        timestamp(d.consentDeadline()),
                        uuid(d.correctsId()),
                        d.intentId(),
                        uuid(d.areaId()),
                        d.zone() == null ? null : d.zone().name(),
                        timestamp(d.raisedAt()),
                        timestamp(d.consultUntil()),
                        d.visibility().name(),
                        Rows.uuidArray(List.copyOf(d.subject().named())))
                .update();
        contributions.write(d);
        d.saved(0);
    }

    /** Writes what changed, or refuses when someone else saved the decision since it was loaded. */
    void update(Decision d) {
        int updated = jdbc.sql(
                        """
                update decisions set decider_id = ?, method = ?, status = ?, fell_back_at = ?, choice = ?, rationale = ?, principle_ids = ?,
                    expected_result = ?, review_on = ?, actual_result = ?, result_recorded_at = ?, decided_at = ?, flags = ?,
                    version = version + 1
                where organization_id = ? and id = ? and version = ?""")
                .params(
                        uuid(d.deciderId()),
                        d.method().name(),
                        d.status().name(),
                        timestamp(d.fellBackAt()),
                        d.choice(),
                        d.rationale(),
                        d.principleIds().toArray(UUID[]::new),
                        d.expectedResult(),
                        date(d.reviewOn()),
                        d.actualResult(),
                        timestamp(d.resultRecordedAt()),
                        timestamp(d.decidedAt()),
                        Rows.textArray(d.flags().stream().map(Enum::name).toList()),
                        uuid(d.organizationId()),
                        uuid(d.id()),
                        d.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("decision " + d.id() + " was changed by someone else");
        }
        contributions.write(d);
        d.saved(d.version() + 1);
    }

    Optional<Decision> find(OrganizationId org, DecisionId id) {
        return complete(
                        org,
                        jdbc.sql("select * from decisions where organization_id = ? and id = ?")
                                .params(org.value(), id.value())
                                .query(this::row)
                                .list())
                .stream()
                .findFirst();
    }

    List<Decision> page(OrganizationId org, Viewer viewer, DecisionFilter filter, PageRequest page) {
        return complete(
                org,
                jdbc.sql("select * from decisions where " + DecisionFilter.SQL + VisibleDecisions.SQL
                                + " order by raised_at desc, id limit :limit offset :offset")
                        .params(filter.params(org))
                        .params(viewer.asParameters())
                        .param("limit", page.size())
                        .param("offset", page.offset())
                        .query(this::row)
                        .list());
    }

    long count(OrganizationId org, Viewer viewer, DecisionFilter filter) {
        return jdbc.sql("select count(*) from decisions where " + DecisionFilter.SQL + VisibleDecisions.SQL)
                .params(filter.params(org))
                .params(viewer.asParameters())
                .query(Long.class)
                .single();
    }

    List<UUID> hiddenFrom(OrganizationId org, Viewer viewer) {
        return jdbc.sql("select id from decisions where organization_id = :org and visibility <> 'ORGANIZATION'"
                        + " and not coalesce(true" + VisibleDecisions.SQL + ", false)")
                .param("org", org.value())
                .params(viewer.asParameters())
                .query(UUID.class)
                .list();
    }

    /** Consent rounds whose deadline has passed, across all organizations. */
    List<DecisionKey> consentRoundsPast(Instant now) {
        return jdbc.sql(
                        "select organization_id, id from decisions where status = 'OPEN' and method = 'CONSENT' and consent_deadline <= ?")
                .param(timestamp(now))
                .query((rs, n) -> DecisionKey.of(rs))
                .list();
    }

    /**
     * Claims the decisions whose review date has come and marks them reminded, in one statement, so that
     * each is claimed exactly once however many Baton instances sweep at the same time.
     */
    List<DecisionKey> claimDueReviews(LocalDate today) {
        return jdbc.sql(
                        """
                update decisions set review_reminded = true
                where status = 'DECIDED' and not review_reminded and review_on <= ?
                returning organization_id, id""")
                .param(date(today))
                .query((rs, n) -> DecisionKey.of(rs))
                .list();
    }

    record DecisionKey(OrganizationId organizationId, DecisionId decisionId) {

        static DecisionKey of(ResultSet rs) throws SQLException {
            return new DecisionKey(id(rs, "organization_id", OrganizationId::new), id(rs, "id", DecisionId::new));
        }
    }

    /** A decision's own row, waiting for its contributions. */
    private record Row(
            DecisionId id,
            OrganizationId organizationId,
            DecisionSubject subject,
            List<String> options,
            Origin origin,
            Standing standing,
            long version) {

        Decision with(Contributions contributions) {
            return new Decision(id, organizationId, subject, options, origin, standing, contributions, version);
        }
    }

    private List<Decision> complete(OrganizationId org, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var loaded = contributions.of(org, rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> r.with(loaded.get(r.id()))).toList();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        var method = DecisionMethod.valueOf(rs.getString("method"));
        var risk = new Risk(
                Reversibility.valueOf(rs.getString("reversibility")),
                Consequence.valueOf(rs.getString("consequence")),
                DecisionMethod.valueOf(rs.getString("recommended_method")),
                method,
                rs.getString("method_reason"));
        var deadline = instant(rs, "consent_deadline");
        var consentRound = deadline == null ? null : new ConsentRound(deadline, instant(rs, "fell_back_at"));
        var decidedAt = instant(rs, "decided_at");
        var outcome = decidedAt == null
                ? null
                : new Outcome(
                        rs.getString("choice"),
                        rs.getString("rationale"),
                        Rows.uuids(rs, "principle_ids"),
                        rs.getString("expected_result"),
                        localDate(rs, "review_on"),
                        decidedAt,
                        Rows.strings(rs, "flags").stream()
                                .map(DecisionFlag::valueOf)
                                .toList());
        var actual = rs.getString("actual_result");
        var result = actual == null ? null : new Result(actual, instant(rs, "result_recorded_at"));
        var zone = rs.getString("zone");
        return new Row(
                id(rs, "id", DecisionId::new),
                id(rs, "organization_id", OrganizationId::new),
                new DecisionSubject(
                        rs.getString("title"),
                        rs.getString("context"),
                        new Scope(id(rs, "home_base_id", HomeBaseId::new), id(rs, "mission_id", MissionId::new)),
                        Visibility.valueOf(rs.getString("visibility")),
                        Set.copyOf(Rows.ids(rs, "named_ids", PersonId::new))),
                Rows.strings(rs, "options"),
                new Origin(
                        id(rs, "proposer_id", PersonId::new),
                        instant(rs, "raised_at"),
                        id(rs, "corrects_id", DecisionId::new),
                        rs.getObject("intent_id", UUID.class),
                        id(rs, "area_id", AreaId::new),
                        zone == null ? null : Zone.valueOf(zone)),
                new Standing(
                        id(rs, "decider_id", PersonId::new),
                        risk,
                        consentRound,
                        instant(rs, "consult_until"),
                        outcome,
                        result),
                rs.getLong("version"));
    }
}
