package org.baton.decisions;

import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.Awaiting;
import org.baton.shared.OrganizationId;
import org.baton.teams.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What awaits a person's answer among the decisions they may see: an open consent round they take part in and
 * have neither reacted to nor objected to; advice asked of them and not given; a consultation of them not
 * answered; open objections to a decision they proposed or decide; and the result of a decision of theirs whose
 * review date has come. Also the consent rounds about to close, with who has not responded, for reminders.
 */
@Service
public class DecisionsAwaitingAnswer {

    private static final String OPEN_CONSENT_ROUND =
            """
            status = 'OPEN' and method = 'CONSENT' and consent_deadline > :now""";

    private static final String NOT_RESPONDED =
            """
            not exists (select 1 from decision_reactions r where r.organization_id = decisions.organization_id
                and r.decision_id = decisions.id and r.person_id = p.person_id)
            and not exists (select 1 from decision_objections o where o.organization_id = decisions.organization_id
                and o.decision_id = decisions.id and o.raised_by = p.person_id and o.status = 'OPEN')""";

    private static final String MINE =
            """
            select 'consentRound' kind, id, title, consent_deadline deadline from decisions
            join decision_participants p on p.organization_id = decisions.organization_id and p.decision_id = decisions.id
            where decisions.organization_id = :org and p.person_id = :viewer and %1$s and %2$s %3$s
            union all
            select 'adviceAsked', id, title, consent_deadline from decisions
            where organization_id = :org and status = 'OPEN' and exists (select 1 from decision_advice a
                where a.organization_id = decisions.organization_id and a.decision_id = decisions.id
                and a.person_id = :viewer and a.given_at is null) %3$s
            union all
            select 'consultation', id, title, consult_until from decisions
            where organization_id = :org and status = 'OPEN' and exists (select 1 from decision_consultations c
                where c.organization_id = decisions.organization_id and c.decision_id = decisions.id
                and c.person_id = :viewer and c.answered_at is null) %3$s
            union all
            select 'decisionObjection', id, title, consent_deadline from decisions
            where organization_id = :org and status = 'OPEN' and (proposer_id = :viewer or decider_id = :viewer)
                and exists (select 1 from decision_objections o where o.organization_id = decisions.organization_id
                and o.decision_id = decisions.id and o.status = 'OPEN') %3$s
            union all
            select 'reviewOutcome', id, title, cast(review_on as timestamp) at time zone 'UTC' from decisions
            where organization_id = :org and status = 'DECIDED' and decider_id = :viewer
                and review_on <= :today and result_recorded_at is null %3$s"""
                    .formatted(OPEN_CONSENT_ROUND, NOT_RESPONDED, VisibleDecisions.SQL);

    private final JdbcClient jdbc;
    private final Clock clock;

    DecisionsAwaitingAnswer(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What awaits {@code viewer}'s answer among the decisions they may see, in no particular order. */
    @Transactional(readOnly = true)
    public List<Awaiting> of(OrganizationId org, Viewer viewer) {
        var now = Instant.now(clock);
        return jdbc.sql(MINE)
                .params(viewer.asParameters())
                .param("org", org.value())
                .param("now", timestamp(now))
                .param("today", Date.valueOf(LocalDate.ofInstant(now, ZoneOffset.UTC)))
                .query((rs, n) -> new Awaiting(
                        rs.getString("kind"),
                        "DECISION",
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        instant(rs, "deadline")))
                .list();
    }

    /** A participant of an open consent round who has not responded yet, and when the round closes. */
    public record Unanswered(
            OrganizationId organizationId, DecisionId decisionId, String title, PersonId person, Instant closesAt) {}

    /** The participants who have not responded to consent rounds closing by {@code until}, across organizations. */
    @Transactional(readOnly = true)
    public List<Unanswered> consentRoundsClosingBy(Instant until) {
        return jdbc.sql(
                        """
                select decisions.organization_id, id, title, p.person_id, consent_deadline from decisions
                join decision_participants p on p.organization_id = decisions.organization_id and p.decision_id = decisions.id
                where %s and consent_deadline <= :until and %s"""
                                .formatted(OPEN_CONSENT_ROUND, NOT_RESPONDED))
                .param("now", timestamp(Instant.now(clock)))
                .param("until", timestamp(until))
                .query((rs, n) -> new Unanswered(
                        new OrganizationId(rs.getObject("organization_id", UUID.class)),
                        new DecisionId(rs.getObject("id", UUID.class)),
                        rs.getString("title"),
                        new PersonId(rs.getObject("person_id", UUID.class)),
                        instant(rs, "consent_deadline")))
                .list();
    }
}
