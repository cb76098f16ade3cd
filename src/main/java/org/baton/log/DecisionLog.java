package org.baton.log;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.teams.Scope;
import org.baton.teams.Teams;
import org.baton.teams.Viewer;
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
    private final LogSearch search;
    private final ChainVerification verification;
    private final Teams teams;
    private final LogKey key;

    DecisionLog(
            JdbcClient jdbc, Clock clock, LogSearch search, ChainVerification verification, Teams teams, LogKey key) {
        this.jdbc = jdbc;
        this.key = key;
        this.teams = teams;
        this.clock = clock;
        this.search = search;
        this.verification = verification;
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
        append(org, actor, subjectType, subjectId, action, at, title, context, choice, result, principles, scope, null);
    }

    /** Appends an organization-wide change with its provenance: the decision it was made under, if any. */
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
            Scope scope,
            UUID decisionId) {
        // One chain per organization: the head row is locked so concurrent appends line up one after another.
        // A new chain is keyed with the log key; an old one goes on by the scheme it was written with.
        jdbc.sql(
                        "insert into log_chain_heads (organization_id, last_sequence, last_hash, scheme, key_id) values (?, 0, ?, ?, ?) on conflict do nothing")
                .params(org.value(), EntryHash.GENESIS, EntryHash.KEYED, key.fingerprint())
                .update();
        var head = ChainHead.of(jdbc, org, true).orElseThrow();
        long sequence = head.lastSequence() + 1;
        String previous = head.lastHash();
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
                decisionId,
                previous,
                null,
                0);
        String hash = EntryHash.by(head.scheme(), key, previous, org.value(), entry);
        jdbc.sql(
                        """
                insert into log_entries (organization_id, sequence, id, occurred_at, actor_id, subject_type, subject_id, action, title,
                    context, choice, result, principle_ids, home_base_id, mission_id, decision_id, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
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
                        entry.decisionId(),
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
        return search.search(org, viewer(org, reader), query, cursor, size);
    }

    @Transactional
    public LogEntry get(OrganizationId org, PersonId reader, UUID entryId) {
        return search.get(org, viewer(org, reader), entryId);
    }

    /** The reader with their teams; without a reader, anyone: who sees what is open to the organization. */
    private Viewer viewer(OrganizationId org, PersonId reader) {
        return reader == null ? Viewer.ANYONE : teams.viewer(org, reader);
    }

    /** Walks the organization's chain from the first entry and reports the first that does not hold. */
    @Transactional(readOnly = true)
    public Verification verify(OrganizationId org) {
        return verification.of(org);
    }

    /** Organizations that have a log, for verifying the whole site. */
    @Transactional(readOnly = true)
    public List<OrganizationId> organizationsWithLogs() {
        return jdbc.sql("select organization_id from log_chain_heads order by organization_id")
                .query((rs, n) -> new OrganizationId(rs.getObject(1, UUID.class)))
                .list();
    }
}
