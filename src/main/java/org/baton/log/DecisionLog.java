package org.baton.log;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.baton.teams.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to, searches and verifies the decision log. Entries are appended in the same transaction as the
 * change they record, so the log never misses a change and never shows one that did not happen.
 */
@Service
public class DecisionLog {

    public static final int MAX_PAGE = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    DecisionLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Appends one entry to the organization's chain. Called by the log's listeners inside the transaction of
     * the change they record.
     */
    void append(
            OrganizationId org,
            PersonId actor,
            String subjectType,
            UUID subjectId,
            String action,
            Instant at,
            String title,
            String context,
            String choice,
            String result,
            List<UUID> principles,
            Scope scope) {
        // One chain per organization: the head row is locked so concurrent appends line up one after another.
        jdbc.sql(
                        "insert into log_chain_heads (organization_id, last_sequence, last_hash) values (?, 0, ?) on conflict do nothing")
                .params(org.value(), EntryHash.GENESIS)
                .update();
        var head = jdbc.sql("select last_sequence, last_hash from log_chain_heads where organization_id = ? for update")
                .param(org.value())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
        long sequence = (long) head[0] + 1;
        String previous = (String) head[1];
        var entry = new LogEntry(
                UUID.randomUUID(),
                sequence,
                (at == null ? Instant.now(clock) : at).truncatedTo(ChronoUnit.MICROS),
                actor == null ? null : actor.value(),
                subjectType,
                subjectId,
                action,
                title == null ? "" : title,
                context == null ? "" : context,
                choice == null ? "" : choice,
                result == null ? "" : result,
                principles == null ? List.of() : List.copyOf(principles),
                scope.homeBaseId() == null ? null : scope.homeBaseId().value(),
                scope.missionId() == null ? null : scope.missionId().value(),
                previous,
                null,
                0);
        String hash = EntryHash.of(previous, org.value(), entry);
        jdbc.sql(
                        """
                insert into log_entries (organization_id, sequence, id, occurred_at, actor_id, subject_type, subject_id, action, title,
                    context, choice, result, principle_ids, home_base_id, mission_id, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        org.value(),
                        sequence,
                        entry.id(),
                        Timestamp.from(entry.occurredAt()),
                        entry.actorId(),
                        subjectType,
                        subjectId,
                        action,
                        entry.title(),
                        entry.context(),
                        entry.choice(),
                        entry.result(),
                        entry.principleIds().toArray(UUID[]::new),
                        entry.homeBaseId(),
                        entry.missionId(),
                        previous,
                        hash)
                .update();
        jdbc.sql("update log_chain_heads set last_sequence = ?, last_hash = ? where organization_id = ?")
                .params(sequence, hash, org.value())
                .update();
    }

    /**
     * Entries matching the query, newest first, {@code size} at a time from the cursor. The reader is
     * counted as having seen what is shown.
     */
    @Transactional
    public LogPage search(OrganizationId org, PersonId reader, LogQuery query, String cursor, int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new RuleViolation("size", "paging.size", "size must be between 1 and " + MAX_PAGE, MAX_PAGE);
        }
        var params = new HashMap<String, Object>();
        params.put("org", org.value());
        params.put(
                "q", query.q() == null || query.q().isBlank() ? null : query.q().strip());
        params.put("homeBase", query.homeBaseId());
        params.put("mission", query.missionId());
        params.put("person", query.personId());
        params.put("principle", query.principleId());
        params.put("subject", query.subjectId());
        params.put("from", query.from() == null ? null : Timestamp.from(query.from()));
        params.put("to", query.to() == null ? null : Timestamp.from(query.to()));
        params.put("before", cursor(cursor));
        params.put("limit", size + 1);
        var entries = jdbc.sql(
                        """
                select * from log_entries where organization_id = :org
                and (cast(:q as text) is null or search @@ websearch_to_tsquery('english', cast(:q as text)))
                and (cast(:homeBase as uuid) is null or home_base_id = :homeBase)
                and (cast(:mission as uuid) is null or mission_id = :mission)
                and (cast(:person as uuid) is null or actor_id = :person)
                and (cast(:principle as uuid) is null or cast(:principle as uuid) = any(principle_ids))
                and (cast(:subject as uuid) is null or subject_id = :subject)
                and (cast(:from as timestamptz) is null or occurred_at >= :from)
                and (cast(:to as timestamptz) is null or occurred_at < :to)
                and (cast(:before as bigint) is null or sequence < :before)
                order by sequence desc limit :limit""")
                .params(params)
                .query(DecisionLog::row)
                .list();
        String next = null;
        if (entries.size() > size) {
            entries = entries.subList(0, size);
            next = Long.toString(entries.getLast().sequence());
        }
        if (reader != null) {
            markRead(org, reader, entries);
        }
        return new LogPage(withReaders(org, entries), next);
    }

    @Transactional
    public LogEntry get(OrganizationId org, PersonId reader, UUID entryId) {
        var entry = jdbc.sql("select * from log_entries where organization_id = ? and id = ?")
                .params(org.value(), entryId)
                .query(DecisionLog::row)
                .optional()
                .orElseThrow(() -> new NotFound("log entry", entryId));
        if (reader != null) {
            markRead(org, reader, List.of(entry));
        }
        return withReaders(org, List.of(entry)).getFirst();
    }

    /** Walks the organization's chain from the first entry and reports the first that does not hold. */
    @Transactional(readOnly = true)
    public Verification verify(OrganizationId org) {
        var state = new Object() {
            long count = 0;
            String previous = EntryHash.GENESIS;
            LogEntry broken = null;
        };
        jdbc.sql("select * from log_entries where organization_id = ? order by sequence")
                .param(org.value())
                .query(rs -> {
                    var entry = row(rs, 0);
                    state.count++;
                    if (state.broken == null) {
                        boolean linked = entry.previousHash().equals(state.previous) && entry.sequence() == state.count;
                        if (!linked
                                || !EntryHash.of(state.previous, org.value(), entry)
                                        .equals(entry.hash())) {
                            state.broken = entry;
                        }
                    }
                    state.previous = entry.hash();
                });
        var head = jdbc.sql("select last_sequence, last_hash from log_chain_heads where organization_id = ?")
                .param(org.value())
                .query((rs, n) -> rs.getLong(1) + ":" + rs.getString(2))
                .optional();
        boolean headMatches =
                head.map(h -> h.equals(state.count + ":" + state.previous)).orElse(state.count == 0);
        if (state.broken == null && !headMatches) {
            // Entries were removed from the end: the head remembers more than the chain holds.
            return new Verification(false, state.count, state.count + 1, null);
        }
        return state.broken == null
                ? new Verification(true, state.count, null, null)
                : new Verification(false, state.count, state.broken.sequence(), state.broken.id());
    }

    /** Organizations that have a log, for verifying the whole site. */
    @Transactional(readOnly = true)
    public List<OrganizationId> organizationsWithLogs() {
        return jdbc.sql("select organization_id from log_chain_heads order by organization_id")
                .query((rs, n) -> new OrganizationId(rs.getObject(1, UUID.class)))
                .list();
    }

    private void markRead(OrganizationId org, PersonId reader, List<LogEntry> entries) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        for (LogEntry entry : entries) {
            jdbc.sql(
                            "insert into log_reads (organization_id, entry_id, person_id, first_read_at) values (?, ?, ?, ?) on conflict do nothing")
                    .params(org.value(), entry.id(), reader.value(), now)
                    .update();
        }
    }

    private List<LogEntry> withReaders(OrganizationId org, List<LogEntry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        Map<UUID, Long> readers = new HashMap<>();
        jdbc.sql(
                        "select entry_id, count(*) from log_reads where organization_id = ? and entry_id = any(?) group by entry_id")
                .params(org.value(), entries.stream().map(LogEntry::id).toArray(UUID[]::new))
                .query(rs -> {
                    readers.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        var result = new ArrayList<LogEntry>(entries.size());
        for (LogEntry e : entries) {
            result.add(new LogEntry(
                    e.id(),
                    e.sequence(),
                    e.occurredAt(),
                    e.actorId(),
                    e.subjectType(),
                    e.subjectId(),
                    e.action(),
                    e.title(),
                    e.context(),
                    e.choice(),
                    e.result(),
                    e.principleIds(),
                    e.homeBaseId(),
                    e.missionId(),
                    e.previousHash(),
                    e.hash(),
                    readers.getOrDefault(e.id(), 0L)));
        }
        return result;
    }

    private static Long cursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(cursor.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation(
                    "cursor", "log.cursor.invalid", "This cursor does not come from the log; start without one.");
        }
    }

    private static LogEntry row(ResultSet rs, int n) throws SQLException {
        return new LogEntry(
                rs.getObject("id", UUID.class),
                rs.getLong("sequence"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class),
                rs.getString("subject_type"),
                rs.getObject("subject_id", UUID.class),
                rs.getString("action"),
                rs.getString("title"),
                rs.getString("context"),
                rs.getString("choice"),
                rs.getString("result"),
                uuids(rs.getArray("principle_ids")),
                rs.getObject("home_base_id", UUID.class),
                rs.getObject("mission_id", UUID.class),
                rs.getString("previous_hash"),
                rs.getString("hash"),
                0);
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : List.of((UUID[]) array.getArray());
    }
}
