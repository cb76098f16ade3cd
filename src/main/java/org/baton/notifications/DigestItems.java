package org.baton.notifications;

import static org.baton.shared.Rows.date;
import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.localDate;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The notices waiting for each person's daily digest ({@code digest_items}, V23), and the day of each last digest. */
@Component
class DigestItems {

    /** Someone whose digest is due: their time zone, and the day of their last digest (null before the first). */
    record Due(OrganizationId organizationId, PersonId personId, ZoneId zone, LocalDate lastDigest) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    DigestItems(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps a notice for the digest, once per source key, in the transaction that writes its inbox item. */
    void collect(Notice notice) {
        jdbc.sql(
                        """
                insert into digest_items (organization_id, person_id, source_key, kind, subject_type, subject_id, title,
                                          detail, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (source_key) do nothing""")
                .params(
                        uuid(notice.organizationId()),
                        uuid(notice.personId()),
                        notice.sourceKey(),
                        notice.kind(),
                        notice.subjectType(),
                        notice.subjectId(),
                        notice.title(),
                        notice.detail(),
                        timestamp(Instant.now(clock)))
                .update();
    }

    /**
     * Everyone, in one query, who has items waiting and whose local morning ({@code hour} in their own time zone) has
     * come on a day later than their last digest: the rule of {@link DigestMorning}, for all at once. A time zone
     * the database does not know by name (a bare offset Java accepts) counts as UTC, so it can never stop the run.
     */
    List<Due> due(Instant now, int hour) {
        return jdbc.sql(
                        """
                select w.organization_id, w.person_id, coalesce(tz.name, 'UTC') as zone, s.local_date
                from (select distinct organization_id, person_id from digest_items
                      where digested_at is null and created_at <= cast(:now as timestamptz)) w
                join people p on p.organization_id = w.organization_id and p.id = w.person_id
                left join pg_timezone_names tz on tz.name = p.time_zone
                left join digests_sent s on s.organization_id = w.organization_id and s.person_id = w.person_id
                where (cast(:now as timestamptz) at time zone coalesce(tz.name, 'UTC'))::time >= make_time(:hour, 0, 0)
                  and (s.local_date is null or s.local_date < (cast(:now as timestamptz) at time zone coalesce(tz.name, 'UTC'))::date)""")
                .param("now", timestamp(now))
                .param("hour", hour)
                .query((rs, n) -> new Due(
                        id(rs, "organization_id", OrganizationId::new),
                        id(rs, "person_id", PersonId::new),
                        ZoneId.of(rs.getString("zone")),
                        localDate(rs, "local_date")))
                .list();
    }

    /**
     * Claims the digest of {@code day} for a person: true when no digest of that day or later was sent, and records
     * it; false when another node (or an earlier run) sent it already.
     */
    boolean claim(OrganizationId org, PersonId person, LocalDate day) {
        return jdbc.sql(
                                """
                insert into digests_sent (organization_id, person_id, local_date) values (?, ?, ?)
                on conflict (organization_id, person_id) do update set local_date = excluded.local_date
                where digests_sent.local_date < excluded.local_date""")
                        .params(uuid(org), uuid(person), date(day))
                        .update()
                > 0;
    }

    /** A person's waiting items up to {@code now}, locked so that no other node digests them too. */
    List<DigestItem> waiting(OrganizationId org, PersonId person, Instant now) {
        return jdbc.sql(
                        """
                select kind, subject_type, subject_id, title, detail, created_at from digest_items
                where organization_id = ? and person_id = ? and digested_at is null and created_at <= ?
                order by created_at desc for update skip locked""")
                .params(uuid(org), uuid(person), timestamp(now))
                .query((rs, n) -> new DigestItem(
                        rs.getString("kind"),
                        rs.getString("subject_type"),
                        rs.getObject("subject_id", UUID.class),
                        rs.getString("title"),
                        rs.getString("detail"),
                        instant(rs, "created_at")))
                .list();
    }

    void digested(OrganizationId org, PersonId person, Instant now) {
        jdbc.sql(
                        """
                update digest_items set digested_at = ?
                where organization_id = ? and person_id = ? and digested_at is null and created_at <= ?""")
                .params(timestamp(now), uuid(org), uuid(person), timestamp(now))
                .update();
    }
}
