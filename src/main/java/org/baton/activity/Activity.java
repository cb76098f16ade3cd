package org.baton.activity;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.baton.activity.Change.SubjectType;
import org.baton.people.PersonId;
import org.baton.shared.DomainEvent;
import org.baton.shared.OrganizationId;
import org.baton.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "What changed": a projection of the domain events, kept by the timelines of this module after each change
 * committed. A change is shown at the time its event says it happened, with who made it, so the feed keeps
 * the order of the changes however late a reaction runs.
 */
@Service
public class Activity {

    private final JdbcClient jdbc;

    Activity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Change> latest(OrganizationId org, int limit) {
        return latest(org, limit, List.of());
    }

    /**
     * The latest changes, leaving out those to the {@code hidden} subjects: the decisions and intents the
     * reader may not see, which the modules that own them name.
     */
    @Transactional(readOnly = true)
    public List<Change> latest(OrganizationId org, int limit, Collection<UUID> hidden) {
        return jdbc.sql(
                        """
                select occurred_at, actor_id, kind, subject_type, subject_id, subject_name, detail, decision_id from activity
                where organization_id = ? and subject_id <> all(?) order by occurred_at desc, seq desc limit ?""")
                .params(org.value(), hidden.toArray(UUID[]::new), limit)
                .query((rs, n) -> new Change(
                        Rows.instant(rs, "occurred_at"),
                        Rows.id(rs, "actor_id", PersonId::new),
                        rs.getString("kind"),
                        SubjectType.valueOf(rs.getString("subject_type")),
                        rs.getObject("subject_id", UUID.class),
                        rs.getString("subject_name"),
                        rs.getString("detail"),
                        rs.getObject("decision_id", UUID.class)))
                .list();
    }

    /**
     * Records the change an event stands for, once: the row's id is derived from the event, so a publication
     * that is retried after a failure does not show the change twice.
     */
    @Transactional
    void record(
            DomainEvent event,
            PersonId actor,
            String kind,
            SubjectType type,
            UUID subject,
            String subjectName,
            String detail) {
        record(event, actor, kind, type, subject, subjectName, detail, null);
    }

    /** Records an organization-wide change with the decision it was made under (null when made directly). */
    @Transactional
    void record(
            DomainEvent event,
            PersonId actor,
            String kind,
            SubjectType type,
            UUID subject,
            String subjectName,
            String detail,
            UUID decisionId) {
        jdbc.sql(
                        """
                insert into activity (organization_id, id, occurred_at, actor_id, kind, subject_type, subject_id, subject_name, detail, decision_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(
                        event.organizationId().value(),
                        UUID.nameUUIDFromBytes((event.getClass().getName() + '|' + event).getBytes(UTF_8)),
                        Rows.timestamp(event.at()),
                        Rows.uuid(actor),
                        kind,
                        type.name(),
                        subject,
                        subjectName == null ? "" : subjectName,
                        detail == null ? "" : detail,
                        decisionId)
                .update();
    }
}
