package org.baton.notifications;

import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
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
    private final Notices notices;

    Inbox(JdbcClient jdbc, Clock clock, Notices notices) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.notices = notices;
    }

    /**
     * Puts an item in each recipient's inbox, and hands it to the other channels (mail) by their preference. Called by
     * the delivery policies, after the change committed. The notice's source is random here, so a listener that runs
     * again may deliver twice: policies that know their event pass its source to {@link Notices} instead.
     */
    void deliver(
            OrganizationId org,
            List<PersonId> recipients,
            String kind,
            String subjectType,
            UUID subject,
            String title,
            String detail) {
        notices.deliver(org, recipients, kind, subjectType, subject, title, detail, "item/" + UUID.randomUUID());
    }

    /** The item, marked read the first time its owner opens it; one of someone else's is not found. */
    @Transactional
    public InboxItem open(OrganizationId org, PersonId person, UUID itemId) {
        markRead(org, person, itemId);
        return jdbc.sql("select * from inbox_items where organization_id = ? and person_id = ? and id = ?")
                .params(uuid(org), uuid(person), itemId)
                .query(Inbox::item)
                .single();
    }

    @Transactional(readOnly = true)
    public Page<InboxItem> of(OrganizationId org, PersonId person, PageRequest page) {
        var items = jdbc.sql(
                        """
                select id, kind, subject_type, subject_id, title, detail, created_at, read_at from inbox_items
                where organization_id = ? and person_id = ? order by created_at desc, id limit ? offset ?""")
                .params(uuid(org), uuid(person), page.size(), page.offset())
                .query(Inbox::item)
                .list();
        long total = jdbc.sql("select count(*) from inbox_items where organization_id = ? and person_id = ?")
                .params(uuid(org), uuid(person))
                .query(Long.class)
                .single();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Transactional(readOnly = true)
    public long unread(OrganizationId org, PersonId person) {
        return jdbc.sql(
                        "select count(*) from inbox_items where organization_id = ? and person_id = ? and read_at is null")
                .params(uuid(org), uuid(person))
                .query(Long.class)
                .single();
    }

    @Transactional
    public void markRead(OrganizationId org, PersonId person, UUID itemId) {
        int updated = jdbc.sql(
                        """
                update inbox_items set read_at = coalesce(read_at, ?) where organization_id = ? and person_id = ? and id = ?""")
                .params(timestamp(Instant.now(clock)), uuid(org), uuid(person), itemId)
                .update();
        if (updated == 0) {
            throw new NotFound("inbox item", itemId);
        }
    }

    private static InboxItem item(ResultSet rs, int row) throws SQLException {
        return new InboxItem(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                rs.getString("subject_type"),
                rs.getObject("subject_id", UUID.class),
                rs.getString("title"),
                rs.getString("detail"),
                instant(rs, "created_at"),
                instant(rs, "read_at"));
    }
}
