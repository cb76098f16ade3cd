package org.baton.network;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leadership team: a named group of the management side, kept apart from the centre, whose consent adopts the
 * big opportunity statement and who open calls for the guiding coalition. Named anew as a whole by an admin.
 */
@Service
public class LeadershipTeam {

    /** The most people the leadership team may have. */
    public static final int MAX_MEMBERS = 50;

    private final JdbcClient jdbc;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeadershipTeam(JdbcClient jdbc, People people, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** Its members, by name. */
    @Transactional(readOnly = true)
    public List<PersonId> members(OrganizationId org) {
        return jdbc.sql(
                        """
                select t.person_id from leadership_team t
                join people p on p.organization_id = t.organization_id and p.id = t.person_id
                where t.organization_id = ? order by p.name, p.id""")
                .param(org.value())
                .query((rs, n) -> new PersonId(rs.getObject(1, java.util.UUID.class)))
                .list();
    }

    @Transactional(readOnly = true)
    public boolean isMember(OrganizationId org, PersonId person) {
        return person != null
                && jdbc.sql("select exists (select 1 from leadership_team where organization_id = ? and person_id = ?)")
                        .params(org.value(), person.value())
                        .query(Boolean.class)
                        .single();
    }

    /** Whether the viewer may name the team: the same rule {@link #name} applies. */
    public boolean mayName(boolean byAdmin) {
        return LeadershipTeamAuthority.mayName(byAdmin);
    }

    /** Names the leadership team anew (admins only); everyone named must be a member of the organization. */
    @Transactional
    public List<PersonId> name(OrganizationId org, List<PersonId> memberIds, PersonId by, boolean byAdmin) {
        LeadershipTeamAuthority.requireMayName(byAdmin);
        var unique = List.copyOf(new LinkedHashSet<>(memberIds == null ? List.<PersonId>of() : memberIds));
        if (unique.size() > MAX_MEMBERS) {
            throw new RuleViolation(
                    "memberIds",
                    "network.leadershipTeam.tooMany",
                    "A leadership team has at most " + MAX_MEMBERS + " members.",
                    MAX_MEMBERS);
        }
        people.requireMembers(org, unique, "memberIds");
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("delete from leadership_team where organization_id = ?")
                .param(org.value())
                .update();
        for (var member : unique) {
            jdbc.sql("insert into leadership_team (organization_id, person_id, named_by, named_at) values (?, ?, ?, ?)")
                    .params(org.value(), member.value(), by.value(), java.sql.Timestamp.from(now))
                    .update();
        }
        events.publishEvent(new LeadershipTeamNamed(org, now, by, unique));
        return members(org);
    }
}
