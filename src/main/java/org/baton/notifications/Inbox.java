package org.baton.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.DecisionChanged;
import org.baton.intents.IntentChanged;
import org.baton.organizations.NotFound;
import org.baton.organizations.OrganizationId;
import org.baton.organizations.Page;
import org.baton.organizations.PageRequest;
import org.baton.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
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

    @ApplicationModuleListener
    void on(IntentChanged e) {
        deliver(
                e.organizationId(),
                e.recipients(),
                "intent" + camel(e.action().name()),
                "INTENT",
                e.intentId().value(),
                e.statement(),
                e.detail());
    }

    @ApplicationModuleListener
    void on(DecisionChanged e) {
        deliver(
                e.organizationId(),
                e.recipients(),
                "decision" + camel(e.action().name()),
                "DECISION",
                e.decisionId().value(),
                e.title(),
                e.detail());
    }

    private void deliver(
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

    /** INTENT_DECLARED → IntentDeclared, for message keys like inbox.intentDeclared. */
    private static String camel(String action) {
        var out = new StringBuilder();
        for (String part : action.toLowerCase().split("_")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
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
