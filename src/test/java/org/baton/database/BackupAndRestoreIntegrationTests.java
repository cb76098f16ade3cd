package org.baton.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.baton.BatonApplication;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.log.DecisionLog;
import org.baton.shared.OrganizationId;
import org.baton.support.Api;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code backup} and {@code restore}: Baton's database, filled through the API, copied into a file and back into
 * an empty data directory, with every row and a decision log that still verifies; a database with data and a
 * damaged file are refused without half a restore.
 */
@BatonIntegrationTest
class BackupAndRestoreIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    DataSource dataSource;

    @Autowired
    DecisionLog log;

    @Autowired
    JdbcClient jdbc;

    @Value("${baton.log.key}")
    String logKey;

    @TempDir
    Path work;

    @Test
    void aBackupRestoredIntoAnEmptyDataDirectoryHoldsEveryRowAndALogThatVerifies() throws Exception {
        var organizations = new ArrayList<OrganizationId>();
        for (int i = 0; i < 3; i++) {
            organizations.add(populate(TestOrganization.found(accounts, tokens, port)));
        }
        organizations.forEach(this::awaitEveryReaction);

        Path file = work.resolve("baton.backup");
        BackupManifest written;
        try (var connection = dataSource.getConnection()) {
            written = DatabaseBackup.write(connection, file, "test", Clock.systemUTC());
        }
        Map<String, Long> source;
        try (var connection = dataSource.getConnection()) {
            source = rowsPerTable(connection);
        }
        assertThat(rowsOf(written)).isEqualTo(source);
        assertThat(source)
                .extractingByKeys("organizations", "people", "intents", "decisions", "log_entries", "home_bases")
                .allMatch(rows -> rows >= 3);

        Path restored = work.resolve("restored");
        var restore = command("restore", file, restored);
        assertThat(restore.exitCode()).as(restore.toString()).isZero();
        assertThat(restore.out())
                .contains("Restored " + written.parts().size() + " tables, " + written.rows() + " rows");

        Path again = work.resolve("again.backup");
        var backup = command("backup", again, restored);
        assertThat(backup.exitCode()).as(backup.toString()).isZero();
        assertThat(backup.out())
                .contains("Backed up " + written.parts().size() + " tables, " + written.rows() + " rows");
        assertThat(rowsOf(manifestOf(again)))
                .as("every table of the restored database")
                .isEqualTo(source);

        var expected = new TreeMap<String, String>();
        for (var org : log.organizationsWithLogs()) {
            var verification = log.verify(org);
            expected.put(
                    org.toString(),
                    verification.valid() ? "valid, " + verification.entries() + " entries" : "BROKEN at entry");
        }
        assertThat(expected.keySet())
                .containsAll(organizations.stream().map(Object::toString).toList());
        var verified = verifyLogOn(restored);
        for (var org : expected.entrySet()) {
            assertThat(verified.out()).contains("organization " + org.getKey() + ": " + org.getValue());
        }
        assertThat(verified.out()).contains(expected.size() + " organizations checked");
        assertThat(verified.exitCode())
                .isEqualTo(expected.values().stream().allMatch(v -> v.startsWith("valid")) ? 0 : 1);
    }

    @Test
    void aDatabaseThatHoldsBatonDataIsNotRestoredInto() throws Exception {
        populate(TestOrganization.found(accounts, tokens, port));
        Path file = work.resolve("baton.backup");
        try (var connection = dataSource.getConnection()) {
            DatabaseBackup.write(connection, file, "test", Clock.systemUTC());
        }
        long entries = logEntries();

        assertThat(catchThrowable(() -> DatabaseRestore.restore(dataSource, file)))
                .isInstanceOf(DatabaseRestore.Refused.class)
                .hasMessageContaining("already holds Baton data");
        assertThat(logEntries()).isEqualTo(entries);

        Path restored = work.resolve("restored");
        assertThat(command("restore", file, restored).exitCode()).isZero();
        var second = command("restore", file, restored);
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.err()).contains("restore refused", "already holds Baton data");
    }

    @Test
    void aTruncatedOrDamagedBackupIsRefusedAndLeavesTheDatabaseEmpty() throws Exception {
        populate(TestOrganization.found(accounts, tokens, port));
        Path file = work.resolve("baton.backup");
        try (var connection = dataSource.getConnection()) {
            DatabaseBackup.write(connection, file, "test", Clock.systemUTC());
        }
        Path restored = work.resolve("restored");

        var bytes = Files.readAllBytes(file);
        Path truncated =
                Files.write(work.resolve("truncated.backup"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        var refused = command("restore", truncated, restored);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("is not a complete Baton backup");

        Path altered = rewrite(file, "altered.backup", "log_entries", part -> part.replaceFirst("\t", "\tX"), false);
        refused = command("restore", altered, restored);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("is damaged", "log_entries");

        // A file whose manifest was rewritten to match: only copying it in finds the duplicated rows.
        Path duplicated = rewrite(file, "duplicated.backup", "log_entries", part -> part + part, true);
        refused = command("restore", duplicated, restored);
        assertThat(refused.exitCode()).isEqualTo(1);
        var empty = command("backup", work.resolve("empty.backup"), restored);
        assertThat(empty.exitCode()).as(empty.toString()).isZero();
        assertThat(manifestOf(work.resolve("empty.backup")).rows())
                .as("no table kept a row of the failed restore")
                .isZero();

        var restore = command("restore", file, restored);
        assertThat(restore.exitCode())
                .as("an emptied database can be restored into: " + restore)
                .isZero();
    }

    private OrganizationId populate(TestOrganization org) {
        Api api = org.api();
        String homeBase = id(api.post(
                "/api/v1/home-bases",
                Map.of("name", "Backed up", "leaderId", org.adminId().value().toString())));
        for (var name : List.of("Bea Backup", "Ray Restore")) {
            id(api.post(
                    "/api/v1/people",
                    Map.of(
                            "name",
                            name,
                            "email",
                            name.toLowerCase().replace(' ', '.') + "."
                                    + org.id().value() + "@example.org")));
        }
        for (var statement : List.of("I intend to back up every night", "I intend to restore once a quarter")) {
            id(api.post("/api/v1/intents", Map.of("statement", statement, "homeBaseId", homeBase)));
        }
        for (var title : List.of("Keep backups for a year", "Store them off site")) {
            String decision = id(api.post(
                    "/api/v1/decisions",
                    Map.of("title", title, "context", "Disks fail", "reversibility", "EASY", "consequence", "LOW")));
            assertThat(api.post("/api/v1/decisions/" + decision + "/decide", Map.of("choice", "Yes"))
                            .status())
                    .isEqualTo(200);
        }
        return org.id();
    }

    private static String id(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    /** Reactions run after commit; the backup is compared with a database they no longer change. */
    private void awaitEveryReaction(OrganizationId org) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql(
                                        "select count(*) from event_publication where completion_date is null and serialized_event like ?")
                                .param("%" + org.value() + "%")
                                .query(Long.class)
                                .single()
                        == 0);
    }

    private long logEntries() {
        return jdbc.sql("select count(*) from log_entries").query(Long.class).single();
    }

    private static Map<String, Long> rowsPerTable(Connection connection) throws SQLException {
        var rows = new TreeMap<String, Long>();
        for (var table : Schema.tables(connection)) {
            try (var statement = connection.createStatement();
                    var count = statement.executeQuery("select count(*) from " + Schema.quote(table))) {
                count.next();
                rows.put(table, count.getLong(1));
            }
        }
        return rows;
    }

    private static Map<String, Long> rowsOf(BackupManifest manifest) {
        var rows = new TreeMap<String, Long>();
        manifest.parts().forEach(part -> rows.put(part.table(), part.rows()));
        return rows;
    }

    private static BackupManifest manifestOf(Path file) throws IOException {
        try (var zip = new ZipFile(file.toFile());
                var in = zip.getInputStream(zip.getEntry(BackupManifest.ENTRY))) {
            return BackupManifest.readFrom(in);
        }
    }

    /** A copy of {@code file} with one table's part changed, and its manifest made to match when asked. */
    private Path rewrite(
            Path file, String name, String table, java.util.function.UnaryOperator<String> change, boolean matching)
            throws IOException {
        Path copy = work.resolve(name);
        var manifest = manifestOf(file);
        var parts = new ArrayList<BackupManifest.Part>();
        try (var zip = new ZipFile(file.toFile());
                var out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (var part : manifest.parts()) {
                var text = new String(
                        zip.getInputStream(zip.getEntry(part.entry())).readAllBytes(), StandardCharsets.UTF_8);
                if (part.table().equals(table)) {
                    text = change.apply(text);
                    if (matching) {
                        part = new BackupManifest.Part(
                                table,
                                part.columns(),
                                text.lines().count(),
                                HexFormat.of()
                                        .formatHex(
                                                DatabaseBackup.sha256().digest(text.getBytes(StandardCharsets.UTF_8))));
                    }
                }
                parts.add(part);
                out.putNextEntry(new ZipEntry(part.entry()));
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            new BackupManifest(manifest.batonVersion(), manifest.schemaVersion(), manifest.createdAt(), parts)
                    .writeTo(out);
            out.closeEntry();
        }
        return copy;
    }

    record Run(int exitCode, String out, String err) {}

    private static Run command(String name, Path file, Path dataDirectory) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exitCode = new DatabaseCommands(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .execute(
                        name,
                        file.toString(),
                        "--baton.data-dir=" + dataDirectory,
                        "--baton.database.url=",
                        "--logging.level.root=warn");
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * {@code verify-log} on the restored data directory. The log key is kept outside the database, so the operator
     * restoring on another machine brings it along into the data directory, as done here.
     */
    private Run verifyLogOn(Path restored) throws IOException {
        Files.writeString(restored.resolve("log.key"), logKey + "\n");
        var out = new ByteArrayOutputStream();
        var console = System.out;
        int exitCode;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            exitCode = BatonApplication.verifyLog(
                    "--baton.data-dir=" + restored, "--baton.database.url=", "--logging.level.root=warn");
        } finally {
            System.setOut(console);
        }
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), "");
    }
}
