package org.baton.principles;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Regeneration reviews with their outcomes, one outcome per principle and review. */
@Repository
class RegenerationReviewRepository {

    private final JdbcClient jdbc;

    RegenerationReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RegenerationReview> find(OrganizationId org, UUID id) {
        var outcomes = outcomes(org, id);
        return jdbc.sql("select * from regeneration_reviews where organization_id = ? and id = ?")
                .params(uuid(org), id)
                .query((rs, n) -> review(rs, outcomes))
                .optional();
    }

    /** Newest first. */
    List<RegenerationReview> all(OrganizationId org) {
        Map<UUID, List<Review.Outcome>> outcomes = jdbc
                .sql("select * from review_outcomes where organization_id = ? order by recorded_at")
                .param(uuid(org))
                .query((rs, n) -> Map.entry(rs.getObject("review_id", UUID.class), outcome(rs)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select * from regeneration_reviews where organization_id = ? order by started_at desc")
                .param(uuid(org))
                .query((rs, n) -> review(rs, outcomes.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    ReviewHistory history(OrganizationId org) {
        return jdbc.sql(
                        """
                select bool_or(closed_at is null) as one_open, max(closed_at) as last_closed
                from regeneration_reviews where organization_id = ?""")
                .param(uuid(org))
                .query((rs, n) -> new ReviewHistory(rs.getBoolean("one_open"), instant(rs, "last_closed")))
                .single();
    }

    void insert(RegenerationReview review) {
        jdbc.sql(
                        "insert into regeneration_reviews (organization_id, id, started_at, started_by, tensions_since) values (?, ?, ?, ?, ?)")
                .params(
                        uuid(review.organizationId()),
                        review.id(),
                        timestamp(review.startedAt()),
                        uuid(review.startedBy()),
                        timestamp(review.tensionsSince()))
                .update();
    }

    void save(RegenerationReview review) {
        var org = uuid(review.organizationId());
        jdbc.sql("update regeneration_reviews set closed_at = ? where organization_id = ? and id = ?")
                .params(timestamp(review.closedAt()), org, review.id())
                .update();
        for (Review.Outcome o : review.unsavedOutcomes()) {
            jdbc.sql(
                            """
                    insert into review_outcomes (organization_id, review_id, principle_id, outcome, note, recorded_at) values (?, ?, ?, ?, ?, ?)
                    on conflict (organization_id, review_id, principle_id) do update
                    set outcome = excluded.outcome, note = excluded.note, recorded_at = excluded.recorded_at""")
                    .params(
                            org,
                            review.id(),
                            uuid(o.principleId()),
                            o.kind().name(),
                            o.note(),
                            timestamp(o.recordedAt()))
                    .update();
        }
        review.saved();
    }

    private List<Review.Outcome> outcomes(OrganizationId org, UUID reviewId) {
        return jdbc.sql(
                        "select * from review_outcomes where organization_id = ? and review_id = ? order by recorded_at")
                .params(uuid(org), reviewId)
                .query((rs, n) -> outcome(rs))
                .list();
    }

    private static Review.Outcome outcome(ResultSet rs) throws SQLException {
        return new Review.Outcome(
                id(rs, "principle_id", PrincipleId::new),
                Review.Outcome.Kind.valueOf(rs.getString("outcome")),
                rs.getString("note"),
                instant(rs, "recorded_at"));
    }

    private static RegenerationReview review(ResultSet rs, List<Review.Outcome> outcomes) throws SQLException {
        return new RegenerationReview(
                rs.getObject("id", UUID.class),
                id(rs, "organization_id", OrganizationId::new),
                instant(rs, "started_at"),
                id(rs, "started_by", PersonId::new),
                instant(rs, "closed_at"),
                instant(rs, "tensions_since"),
                outcomes);
    }
}
