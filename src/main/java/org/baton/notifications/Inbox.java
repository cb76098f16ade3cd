package org.baton.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's inbox: filled from intent and decision events, read and marked read by its owner. */
@Service
public class Inbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Puts an item in each recipient's inbox. Called by the delivery policies, after the change committed. */
    void deliver(
            OrganizationId org,
            List<PersonId> recipients,
            String kind,
            String subjectType,
            UUID subject,
            String title,
            String detail) {
        for (PersonId person : recipients) {
            jdbc.sql(
                            """
                    insert into inbox_items (organization_id, id, person_id, kind, subject_type, subject_id, title, detail, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            org.value(),
                            UUID.randomUUID(),
                            person.value(),
                            kind,
                            subjectType,
                            subject,
                            title,
                            detail == null ? "" : detail,
                            Timestamp.from(Instant.now(clock)))
                    .update();
        }
    }

    @Transactional(readOnly = true)
    public Page<InboxItem> of(OrganizationId org, PersonId person, PageRequest page) {
        var items = jdbc.sql(
                        """
                select id, kind, subject_type, subject_id, title, detail, created_at, read_at from inbox_items
                where organization_id = ? and person_id = ? order by created_at desc, id limit ? offset ?""")
                .params(org.value(), person.value(), page.size(), page.offset())
                .query((rs, n) -> new InboxItem(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .list();
        long total = jdbc.sql("select count(*) from inbox_items where organization_id = ? and person_id = ?")
                .params(org.value(), person.value())
                .query(Long.class)
                .single();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Transactional(readOnly = true)
    public long unread(OrganizationId org, PersonId person) {
        return jdbc.sql(
                        "select count(*) from inbox_items where organization_id = ? and person_id = ? and read_at is null")
                .params(org.value(), person.value())
                .query(Long.class)
                .single();
    }

    @Transactional
    public void markRead(OrganizationId org, PersonId person, UUID itemId) {
        int updated = jdbc.sql(
                        """
                update inbox_items set read_at = coalesce(read_at, ?) where organization_id = ? and person_id = ? and id = ?""")
                .params(Timestamp.from(Instant.now(clock)), org.value(), person.value(), itemId)
                .update();
        if (updated == 0) {
            throw new NotFound("inbox item", itemId);
        }
    }
}
