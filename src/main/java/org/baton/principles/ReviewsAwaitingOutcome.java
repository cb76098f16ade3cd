package org.baton.principles;

import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.Awaiting;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The open regeneration review a person started: its outcomes are theirs to record until they close it. */
@Service
public class ReviewsAwaitingOutcome {

    private final JdbcClient jdbc;

    ReviewsAwaitingOutcome(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Awaiting> of(OrganizationId org, PersonId person) {
        return jdbc.sql(
                        "select id from regeneration_reviews where organization_id = ? and started_by = ? and closed_at is null")
                .params(org.value(), person.value())
                .query((rs, n) ->
                        new Awaiting("regenerationReview", "REVIEW", rs.getObject("id", UUID.class), "", null))
                .list();
    }
}
