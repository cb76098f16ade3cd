package org.baton.log;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a saved checkpoint export against the database: each checkpoint's signature under the file's public
 * key, that key against the one derived from the configured log key, and that the chain's entry at the
 * checkpoint's sequence still has the checkpoint's hash. A rewrite made with the log key passes the chain walk
 * but not this.
 */
@Component
class CheckpointAudit {

    private final JdbcClient jdbc;
    private final CheckpointSignatures signatures;

    CheckpointAudit(JdbcClient jdbc, LogKey key) {
        this.jdbc = jdbc;
        this.signatures = new CheckpointSignatures(key);
    }

    /** Prints what does not hold; returns how many problems were found (0 when every checkpoint holds). */
    int check(Path file, PrintStream out) {
        JsonNode export;
        try {
            export = JsonMapper.builder().build().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the checkpoint file " + file, e);
        } catch (RuntimeException e) {
            out.printf("checkpoints %s: not a checkpoint export (%s)%n", file, e.getMessage());
            return 1;
        }
        int problems = 0;
        String publicKey = export.path("publicKey").asString("");
        if (!publicKey.equals(signatures.publicKey())) {
            problems++;
            out.printf(
                    "checkpoints %s: the public key in the file is not the one derived from the configured log key%n",
                    file);
        }
        int checked = 0;
        for (JsonNode node : export.path("checkpoints")) {
            checked++;
            var problem = problemOf(publicKey, node);
            if (problem != null) {
                problems++;
                out.printf(
                        "checkpoint of organization %s at entry %s (%s): FAILED, %s%n",
                        node.path("organizationId").asString("?"),
                        node.path("sequence").asString("?"),
                        node.path("at").asString("?"),
                        problem);
            }
        }
        out.printf("%d checkpoints checked against %s, %d problems%n", checked, file, problems);
        return problems;
    }

    private String problemOf(String publicKey, JsonNode node) {
        Checkpoint checkpoint;
        try {
            checkpoint = new Checkpoint(
                    UUID.fromString(node.path("organizationId").asString()),
                    node.path("sequence").asLong(),
                    node.path("hash").asString(),
                    Instant.parse(node.path("at").asString()),
                    node.path("signature").asString());
        } catch (RuntimeException malformed) {
            return "it is malformed";
        }
        if (!CheckpointSignatures.verifies(publicKey, checkpoint)) {
            return "its signature is not valid under the file's public key";
        }
        var stored = jdbc.sql("select hash from log_entries where organization_id = ? and sequence = ?")
                .params(checkpoint.organizationId(), checkpoint.sequence())
                .query(String.class)
                .optional();
        if (stored.isEmpty()) {
            return "the chain no longer has that entry";
        }
        if (!stored.get().equals(checkpoint.hash())) {
            return "the entry's hash is no longer the one signed: the chain was rewritten up to here";
        }
        return null;
    }
}
