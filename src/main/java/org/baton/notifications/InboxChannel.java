package org.baton.notifications;

import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The in-app channel: every notice becomes an inbox item, whatever the preference, since the inbox is the record. */
@Component
@Order(0)
class InboxChannel implements Channel {

    private final JdbcClient jdbc;
    private final Clock clock;

    InboxChannel(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void deliver(Notice notice, Delivery preference) {
        jdbc.sql(
                        """
                insert into inbox_items (organization_id, id, person_id, kind, subject_type, subject_id, title, detail, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        uuid(notice.organizationId()),
                        UUID.randomUUID(),
                        uuid(notice.personId()),
                        notice.kind(),
                        notice.subjectType(),
                        notice.subjectId(),
                        notice.title(),
                        notice.detail(),
                        timestamp(Instant.now(clock)))
                .update();
    }
}
