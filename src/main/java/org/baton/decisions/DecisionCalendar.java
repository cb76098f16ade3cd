package org.baton.decisions;

import static org.baton.shared.Rows.date;
import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.localDate;
import static org.baton.shared.Rows.timestamp;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.baton.shared.OrganizationId;
import org.baton.teams.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dates of decisions that concern a person, for their calendar, among the decisions they may see: the close of
 * consent rounds they take part in or decide, of consultations they are asked in or decide, and the review dates of
 * decisions they made whose result is not yet recorded.
 */
@Component
public class DecisionCalendar {

    private final JdbcClient jdbc;

    DecisionCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The dates of {@code viewer}'s decisions from {@code from} until {@code until}, soonest first. */
    @Transactional(readOnly = true)
    public List<DecisionDate> datesOf(OrganizationId org, Viewer viewer, Instant from, Instant until, int limit) {
        return jdbc.sql(
                        """
                select id, title, kind, at, on_day from (
                    select id, title, 'CONSENT_CLOSES' as kind, consent_deadline as at, null::date as on_day
                    from decisions
                    where organization_id = :org and status = 'OPEN' and method = 'CONSENT'
                      and consent_deadline >= :from and consent_deadline < :until
                      and (decider_id = :viewer or exists (select 1 from decision_participants p
                          where p.organization_id = decisions.organization_id and p.decision_id = decisions.id
                            and p.person_id = :viewer))"""
                                + VisibleDecisions.SQL
                                + """

                    union all
                    select id, title, 'CONSULT_CLOSES', consult_until, null::date
                    from decisions
                    where organization_id = :org and status = 'OPEN' and method = 'CONSULT_IMPACTED'
                      and consult_until >= :from and consult_until < :until
                      and (decider_id = :viewer or exists (select 1 from decision_consultations c
                          where c.organization_id = decisions.organization_id and c.decision_id = decisions.id
                            and c.person_id = :viewer))"""
                                + VisibleDecisions.SQL
                                + """

                    union all
                    select id, title, 'REVIEW_DUE', null::timestamptz, review_on
                    from decisions
                    where organization_id = :org and status = 'DECIDED' and decider_id = :viewer
                      and actual_result is null and review_on >= :fromDay and review_on < :untilDay"""
                                + VisibleDecisions.SQL
                                + """

                ) dates order by coalesce(at, on_day::timestamptz), id limit :limit""")
                .param("org", org.value())
                .params(viewer.asParameters())
                .param("from", timestamp(from))
                .param("until", timestamp(until))
                .param("fromDay", date(from.atOffset(ZoneOffset.UTC).toLocalDate()))
                .param("untilDay", date(until.atOffset(ZoneOffset.UTC).toLocalDate()))
                .param("limit", limit)
                .query((rs, n) -> new DecisionDate(
                        id(rs, "id", DecisionId::new),
                        rs.getString("title"),
                        DecisionDate.Kind.valueOf(rs.getString("kind")),
                        instant(rs, "at"),
                        localDate(rs, "on_day")))
                .list();
    }
}
