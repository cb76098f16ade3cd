package org.baton.network;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;
import static org.baton.shared.Rows.uuidArray;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.baton.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The urgency group's stretches of membership and its conversations, and what reach is read from. */
@Repository
class UrgencyGroupRepository {

    private final JdbcClient jdbc;

    UrgencyGroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the person's current stretch in the group began, if they are in it. */
    Optional<Instant> joinedAt(OrganizationId org, PersonId person) {
        return jdbc.sql(
                        """
                select joined_at from urgency_group_members
                where organization_id = ? and person_id = ? and left_at is null""")
                .params(uuid(org), uuid(person))
                .query((rs, n) -> instant(rs, "joined_at"))
                .optional();
    }

    /**
     * Starts a stretch, unless one is open already (two joins at once start one); a stretch that ended this very
     * instant goes on instead, as no time passed outside the group. Answers whether the person was out of the group.
     */
    boolean startStretch(OrganizationId org, PersonId person, Instant now) {
        int started = jdbc.sql(
                        """
                insert into urgency_group_members (organization_id, person_id, joined_at) values (?, ?, ?)
                on conflict do nothing""")
                .params(uuid(org), uuid(person), timestamp(now))
                .update();
        if (started == 1) {
            return true;
        }
        return jdbc.sql(
                                """
                update urgency_group_members set left_at = null
                where organization_id = ? and person_id = ? and joined_at = ? and left_at is not null
                  and not exists (select 1 from urgency_group_members
                                  where organization_id = ? and person_id = ? and left_at is null)""")
                        .params(uuid(org), uuid(person), timestamp(now), uuid(org), uuid(person))
                        .update()
                == 1;
    }

    /** Ends the person's current stretch; answers whether they had one. */
    boolean endStretch(OrganizationId org, PersonId person, Instant now) {
        return jdbc.sql(
                                """
                update urgency_group_members set left_at = greatest(joined_at, ?)
                where organization_id = ? and person_id = ? and left_at is null""")
                        .params(timestamp(now), uuid(org), uuid(person))
                        .update()
                == 1;
    }

    List<UrgencyMember> members(OrganizationId org) {
        return jdbc.sql(
                        """
                select m.person_id, p.name, m.joined_at from urgency_group_members m
                join people p on p.organization_id = m.organization_id and p.id = m.person_id
                where m.organization_id = ? and m.left_at is null order by lower(p.name), p.id""")
                .param(uuid(org))
                .query((rs, n) -> new UrgencyMember(
                        id(rs, "person_id", PersonId::new), rs.getString("name"), instant(rs, "joined_at")))
                .list();
    }

    List<UrgencyMember> members(OrganizationId org, PageRequest page) {
        return jdbc.sql(
                        """
                select m.person_id, p.name, m.joined_at from urgency_group_members m
                join people p on p.organization_id = m.organization_id and p.id = m.person_id
                where m.organization_id = ? and m.left_at is null order by lower(p.name), p.id
                limit ? offset ?""")
                .params(uuid(org), page.size(), page.offset())
                .query((rs, n) -> new UrgencyMember(
                        id(rs, "person_id", PersonId::new), rs.getString("name"), instant(rs, "joined_at")))
                .list();
    }

    int memberCount(OrganizationId org) {
        return jdbc.sql("select count(*) from urgency_group_members where organization_id = ? and left_at is null")
                .param(uuid(org))
                .query(Integer.class)
                .single();
    }

    void insert(OrganizationId org, UrgencyConversation conversation) {
        jdbc.sql(
                        """
                insert into urgency_conversations (organization_id, id, logged_by, held_at, note)
                values (?, ?, ?, ?, ?)""")
                .params(
                        uuid(org),
                        conversation.id(),
                        uuid(conversation.loggedBy()),
                        timestamp(conversation.heldAt()),
                        conversation.note())
                .update();
        jdbc.sql(
                        """
                insert into urgency_conversation_people (organization_id, conversation_id, person_id)
                select ?, ?, unnest(?::uuid[])""")
                .params(uuid(org), conversation.id(), uuidArray(conversation.withPersonIds()))
                .update();
    }

    /** The latest conversations first, at most {@code limit}. */
    List<UrgencyConversation> latestConversations(OrganizationId org, int limit) {
        return jdbc.sql(
                        """
                select c.id, c.logged_by, c.held_at, c.note,
                       array(select cp.person_id from urgency_conversation_people cp
                             join people p on p.organization_id = cp.organization_id and p.id = cp.person_id
                             where cp.organization_id = c.organization_id and cp.conversation_id = c.id
                             order by lower(p.name), p.id) as with_ids
                from urgency_conversations c
                where c.organization_id = ? order by c.held_at desc, c.id limit ?""")
                .params(uuid(org), limit)
                .query((rs, n) -> new UrgencyConversation(
                        rs.getObject("id", UUID.class),
                        id(rs, "logged_by", PersonId::new),
                        instant(rs, "held_at"),
                        Rows.ids(rs, "with_ids", PersonId::new),
                        rs.getString("note")))
                .list();
    }

    /**
     * Everyone of the organization with their home base and the first moment they were reached: by reading any
     * version of the statement, by being in the group, or by taking part in a logged conversation (logging it or
     * being named in it). One pass over each source, whatever the number of people.
     */
    List<UrgencyReachTally.Reachable> reachable(OrganizationId org) {
        return jdbc.sql(
                        """
                with firsts as (
                    select person_id, min(at) as reached_at from (
                        select person_id, read_at as at from opportunity_reads where organization_id = :org
                        union all
                        select person_id, joined_at from urgency_group_members where organization_id = :org
                        union all
                        select logged_by, held_at from urgency_conversations where organization_id = :org
                        union all
                        select cp.person_id, c.held_at from urgency_conversation_people cp
                        join urgency_conversations c on c.organization_id = cp.organization_id and c.id = cp.conversation_id
                        where cp.organization_id = :org
                    ) touches group by person_id)
                select p.created_at, m.home_base_id, h.name as home_base_name, f.reached_at
                from people p
                left join home_base_members m on m.organization_id = p.organization_id and m.person_id = p.id
                left join home_bases h on h.organization_id = m.organization_id and h.id = m.home_base_id
                left join firsts f on f.person_id = p.id
                where p.organization_id = :org""")
                .param("org", uuid(org))
                .query((rs, n) -> new UrgencyReachTally.Reachable(
                        id(rs, "home_base_id", HomeBaseId::new),
                        rs.getString("home_base_name"),
                        instant(rs, "created_at"),
                        instant(rs, "reached_at")))
                .list();
    }
}
