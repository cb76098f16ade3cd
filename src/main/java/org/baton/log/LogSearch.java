package org.baton.log;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.baton.teams.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds entries of the log, newest first, and counts who has read them: the reader is counted as having seen
 * what is shown, because a log nobody reads is a sign of decay. Nobody finds an entry they may not see
 * ({@link LogAudiences}).
 */
@Component
class LogSearch {

    private final JdbcClient jdbc;
    private final Clock clock;

    LogSearch(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LogPage search(OrganizationId org, Viewer reader, LogQuery query, String cursor, int size) {
        if (size < 1 || size > DecisionLog.MAX_PAGE) {
            throw new RuleViolation(
                    "size", "paging.size", "size must be between 1 and " + DecisionLog.MAX_PAGE, DecisionLog.MAX_PAGE);
        }
        var params = new HashMap<String, Object>(reader.asParameters());
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
                and (cast(:before as bigint) is null or sequence < :before)"""
                                + " and " + LogAudiences.VISIBLE
                                + " order by sequence desc limit :limit")
                .params(params)
                .query(LogRows::entry)
                .list();
        String next = null;
        if (entries.size() > size) {
            entries = entries.subList(0, size);
            next = Long.toString(entries.getLast().sequence());
        }
        if (reader.personId() != null) {
            markRead(org, reader.personId(), entries);
        }
        return new LogPage(withReaders(org, entries), next);
    }

    /** One entry; one the reader may not see is, to them, one that does not exist. */
    LogEntry get(OrganizationId org, Viewer reader, UUID entryId) {
        var params = new HashMap<String, Object>(reader.asParameters());
        params.put("org", org.value());
        params.put("id", entryId);
        var entry = jdbc.sql("select * from log_entries where organization_id = :org and id = :id and "
                        + LogAudiences.VISIBLE)
                .params(params)
                .query(LogRows::entry)
                .optional()
                .orElseThrow(() -> new NotFound("log entry", entryId));
        if (reader.personId() != null) {
            markRead(org, reader.personId(), List.of(entry));
        }
        return withReaders(org, List.of(entry)).getFirst();
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
        return entries.stream()
                .map(entry -> entry.withReaders(readers.getOrDefault(entry.id(), 0L)))
                .toList();
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
}
