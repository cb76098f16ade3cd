package org.baton.roles;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.baton.shared.StateConflict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Coaching slots, with their booking on the same row. Every change is checked against the version read, so of two
 * people booking one slot at once exactly one succeeds.
 */
@Repository
class CoachingSlotRepository {

    private static final String COLUMNS = "organization_id, id, coach_id, starts_at, ends_at, topic, place,"
            + " published_at, booker_id, booking_note, booked_at, version";

    /** The filter's conditions; its parameters come from {@link #filterParams}. */
    private static final String FILTER = " where organization_id = ? and (?::uuid is null or coach_id = ?)"
            + " and (?::uuid is null or booker_id = ?) and ends_at > ? and (?::timestamptz is null or starts_at < ?)"
            + " and (not ? or (booker_id is null and starts_at > ?))";

    private final JdbcClient jdbc;

    CoachingSlotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CoachingSlot slot) {
        jdbc.sql("insert into coaching_slots (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, null, null, null, 0)")
                .params(
                        uuid(slot.organizationId()),
                        uuid(slot.id()),
                        uuid(slot.coachId()),
                        timestamp(slot.startsAt()),
                        timestamp(slot.endsAt()),
                        slot.topic(),
                        slot.place(),
                        timestamp(slot.publishedAt()))
                .update();
        slot.saved(0);
    }

    /** Writes the booking (or its absence), unless someone changed the slot since it was read. */
    void saveBooking(CoachingSlot slot) {
        var booking = slot.booking();
        int updated = jdbc.sql(
                        """
                update coaching_slots set booker_id = ?, booking_note = ?, booked_at = ?, version = version + 1
                where organization_id = ? and id = ? and version = ?""")
                .params(
                        booking.map(b -> uuid(b.bookerId())).orElse(null),
                        booking.map(CoachingBooking::note).orElse(null),
                        booking.map(b -> timestamp(b.bookedAt())).orElse(null),
                        uuid(slot.organizationId()),
                        uuid(slot.id()),
                        slot.version())
                .update();
        requireUnchanged(updated);
        slot.saved(slot.version() + 1);
    }

    void delete(CoachingSlot slot) {
        int deleted = jdbc.sql("delete from coaching_slots where organization_id = ? and id = ? and version = ?")
                .params(uuid(slot.organizationId()), uuid(slot.id()), slot.version())
                .update();
        requireUnchanged(deleted);
    }

    /** A slot changed meanwhile: in practice, someone else booked it (or the coach withdrew it) a moment before. */
    private static void requireUnchanged(int rows) {
        if (rows == 0) {
            throw new StateConflict("coaching.slot.changed", "Someone else changed this session a moment ago.");
        }
    }

    Optional<CoachingSlot> find(OrganizationId org, CoachingSlotId id) {
        return jdbc.sql("select " + COLUMNS + " from coaching_slots where organization_id = ? and id = ?")
                .params(uuid(org), uuid(id))
                .query(CoachingSlotRepository::row)
                .optional();
    }

    /** Whether the coach already offers a session that overlaps from {@code startsAt} until {@code endsAt}. */
    boolean overlapsAnotherOf(OrganizationId org, PersonId coach, Instant startsAt, Instant endsAt) {
        return Boolean.TRUE.equals(jdbc.sql(
                        """
                select exists (select 1 from coaching_slots where organization_id = ? and coach_id = ?
                    and starts_at < ? and ends_at > ?)""")
                .params(uuid(org), uuid(coach), timestamp(endsAt), timestamp(startsAt))
                .query(Boolean.class)
                .single());
    }

    /** A page of the slots the filter selects, soonest first. */
    List<CoachingSlot> page(OrganizationId org, CoachingSlotFilter filter, Instant now, PageRequest page) {
        return jdbc.sql("select " + COLUMNS + " from coaching_slots" + FILTER
                        + " order by starts_at, id limit ? offset ?")
                .params(filterParams(org, filter, now))
                .param(page.size())
                .param(page.offset())
                .query(CoachingSlotRepository::row)
                .list();
    }

    long count(OrganizationId org, CoachingSlotFilter filter, Instant now) {
        return jdbc.sql("select count(*) from coaching_slots" + FILTER)
                .params(filterParams(org, filter, now))
                .query(Long.class)
                .single();
    }

    private static List<Object> filterParams(OrganizationId org, CoachingSlotFilter filter, Instant now) {
        var coach = uuid(filter.coachId());
        var booker = uuid(filter.bookerId());
        var from = timestamp(filter.from() == null ? now : filter.from());
        var to = timestamp(filter.to());
        var params = new ArrayList<Object>();
        params.add(uuid(org));
        params.add(coach);
        params.add(coach);
        params.add(booker);
        params.add(booker);
        params.add(from);
        params.add(to);
        params.add(to);
        params.add(filter.freeOnly());
        params.add(timestamp(now));
        return params;
    }

    private static CoachingSlot row(ResultSet rs, int n) throws SQLException {
        var booker = id(rs, "booker_id", PersonId::new);
        return new CoachingSlot(
                id(rs, "organization_id", OrganizationId::new),
                id(rs, "id", CoachingSlotId::new),
                id(rs, "coach_id", PersonId::new),
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                rs.getString("topic"),
                rs.getString("place"),
                instant(rs, "published_at"),
                rs.getLong("version"),
                booker == null
                        ? null
                        : new CoachingBooking(booker, rs.getString("booking_note"), instant(rs, "booked_at")));
    }
}
