package org.baton.log;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.PageRequest;
import org.baton.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed checkpoints of each organization's chain head, stored whenever they are asked for and the head has
 * moved, and by a daily sweep. Exported with the public key, they let a copy kept outside Baton show later
 * whether the chain was rewritten, even by someone holding the log key (ADR 0014).
 */
@Service
public class LogCheckpoints {

    /** How old the newest checkpoint of a moved chain may grow before the sweep records another. */
    static final Duration DAILY = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CheckpointSignatures signatures;

    LogCheckpoints(JdbcClient jdbc, Clock clock, LogKey key) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.signatures = new CheckpointSignatures(key);
    }

    /**
     * The export: the public key, and the organization's checkpoints newest first, the current head first of all.
     * Only the first page records the current head, so reading later pages writes nothing and their offsets hold.
     */
    @Transactional
    public CheckpointExport export(OrganizationId org, PageRequest request) {
        if (request.page() == 0) {
            recordWhenMoved(org, Duration.ZERO);
        }
        long total = jdbc.sql("select count(*) from log_checkpoints where organization_id = ?")
                .param(org.value())
                .query(Long.class)
                .single();
        var items = jdbc.sql(
                        "select * from log_checkpoints where organization_id = ? order by at desc, sequence desc offset ? limit ?")
                .params(org.value(), request.offset(), request.size())
                .query(LogCheckpoints::checkpoint)
                .list();
        return new CheckpointExport(
                signatures.publicKey(),
                CheckpointSignatures.ALGORITHM,
                new Page<>(items, request.page(), request.size(), total));
    }

    /** The daily sweep: a checkpoint for each chain that moved since its newest one, once that is a day old. */
    @Transactional
    public void recordDue() {
        jdbc.sql("select organization_id from log_chain_heads where last_sequence > 0 order by organization_id")
                .query((rs, n) -> new OrganizationId(rs.getObject(1, UUID.class)))
                .list()
                .forEach(org -> recordWhenMoved(org, DAILY));
    }

    /** Signs and stores the head when it differs from the newest checkpoint and that is at least {@code age} old. */
    private void recordWhenMoved(OrganizationId org, Duration age) {
        var head = ChainHead.of(jdbc, org, false).filter(h -> h.lastSequence() > 0);
        if (head.isEmpty()) {
            return;
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        var newest = newest(org);
        boolean moved = newest.map(c -> c.sequence() != head.get().lastSequence()
                        || !c.hash().equals(head.get().lastHash()))
                .orElse(true);
        boolean due = newest.map(c -> !c.at().plus(age).isAfter(now)).orElse(true);
        if (moved && due) {
            var checkpoint = signatures.sign(
                    org.value(), head.get().lastSequence(), head.get().lastHash(), now);
            jdbc.sql(
                            "insert into log_checkpoints (organization_id, sequence, hash, at, signature) values (?, ?, ?, ?, ?) on conflict do nothing")
                    .params(
                            org.value(),
                            checkpoint.sequence(),
                            checkpoint.hash(),
                            Rows.timestamp(now),
                            checkpoint.signature())
                    .update();
        }
    }

    private Optional<Checkpoint> newest(OrganizationId org) {
        return jdbc.sql(
                        "select * from log_checkpoints where organization_id = ? order by at desc, sequence desc limit 1")
                .param(org.value())
                .query(LogCheckpoints::checkpoint)
                .optional();
    }

    private static Checkpoint checkpoint(ResultSet rs, int n) throws SQLException {
        return new Checkpoint(
                rs.getObject("organization_id", UUID.class),
                rs.getLong("sequence"),
                rs.getString("hash"),
                Rows.instant(rs, "at"),
                rs.getString("signature"));
    }
}
