package org.baton.intents;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.ids;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.Awaiting;
import org.baton.shared.OrganizationId;
import org.baton.teams.Scope;
import org.baton.teams.Teams;
import org.baton.teams.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What awaits a person's answer among the intents they may see: an intent of a team they lead or belong to
 * whose objection window is open, that they did not declare and have no open objection to; and the open
 * objections to an intent they declared. Also the intents whose window is about to close, with the people of
 * their team who have not objected, for reminders.
 */
@Service
public class IntentsAwaitingAnswer {

    private static final String MINE =
            """
            select 'intentWindow' kind, id, statement, deadline from intents
            where organization_id = :org and status = 'OPEN' and deadline > :now and author_id <> :viewer
                and (home_base_id = any(:viewerHomeBases) or mission_id = any(:viewerMissions))
                and not exists (select 1 from intent_objections o where o.organization_id = intents.organization_id
                    and o.intent_id = intents.id and o.raised_by = :viewer and o.status = 'OPEN') %1$s
            union all
            select 'intentObjection', id, statement, null from intents
            where organization_id = :org and status = 'OBJECTED' and author_id = :viewer
                and exists (select 1 from intent_objections o where o.organization_id = intents.organization_id
                    and o.intent_id = intents.id and o.status = 'OPEN') %1$s"""
                    .formatted(VisibleIntents.SQL);

    private final JdbcClient jdbc;
    private final Teams teams;
    private final Intents intents;
    private final Clock clock;

    IntentsAwaitingAnswer(JdbcClient jdbc, Teams teams, Intents intents, Clock clock) {
        this.jdbc = jdbc;
        this.teams = teams;
        this.intents = intents;
        this.clock = clock;
    }

    /** What awaits {@code viewer}'s answer among the intents they may see, in no particular order. */
    @Transactional(readOnly = true)
    public List<Awaiting> of(OrganizationId org, Viewer viewer) {
        return jdbc.sql(MINE)
                .params(viewer.asParameters())
                .param("org", org.value())
                .param("now", timestamp(Instant.now(clock)))
                .query((rs, n) -> new Awaiting(
                        rs.getString("kind"),
                        "INTENT",
                        rs.getObject("id", UUID.class),
                        rs.getString("statement"),
                        instant(rs, "deadline")))
                .list();
    }

    /** Someone an open intent reaches who has not objected to it, and when its window closes. */
    public record Unanswered(
            OrganizationId organizationId, IntentId intentId, String statement, PersonId person, Instant closesAt) {}

    /**
     * The people of the team of each open intent whose window closes by {@code until}, but its author and
     * those with an open objection, across organizations.
     */
    @Transactional(readOnly = true)
    public List<Unanswered> windowsClosingBy(Instant until) {
        var closing = jdbc.sql(
                        """
                select organization_id, id, statement, home_base_id, mission_id, author_id, deadline,
                    array(select raised_by from intent_objections o where o.organization_id = intents.organization_id
                        and o.intent_id = intents.id and o.status = 'OPEN') objectors
                from intents where status = 'OPEN' and deadline > ? and deadline <= ?
                    and (home_base_id is not null or mission_id is not null)""")
                .params(timestamp(Instant.now(clock)), timestamp(until))
                .query((rs, n) -> new Closing(
                        new OrganizationId(rs.getObject("organization_id", UUID.class)),
                        id(rs, "id", IntentId::new),
                        rs.getString("statement"),
                        Scope.of(rs.getObject("home_base_id", UUID.class), rs.getObject("mission_id", UUID.class)),
                        id(rs, "author_id", PersonId::new),
                        ids(rs, "objectors", PersonId::new),
                        instant(rs, "deadline")))
                .list();
        var unanswered = new ArrayList<Unanswered>();
        for (var intent : closing) {
            var awaited = teams.peopleOf(intent.organizationId(), intent.scope()).stream()
                    .filter(p ->
                            !p.equals(intent.author()) && !intent.objectors().contains(p))
                    .toList();
            intents.allowedToSee(intent.organizationId(), intent.id(), awaited)
                    .forEach(p -> unanswered.add(new Unanswered(
                            intent.organizationId(), intent.id(), intent.statement(), p, intent.closesAt())));
        }
        return unanswered;
    }

    private record Closing(
            OrganizationId organizationId,
            IntentId id,
            String statement,
            Scope scope,
            PersonId author,
            List<PersonId> objectors,
            Instant closesAt) {}
}
