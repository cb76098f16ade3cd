package org.baton.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/** The embedded PostgreSQL on real files: it writes through to disk, and starts again after a killed Baton. */
class EmbeddedDatabaseTests {

    Path dataDir;
    EmbeddedDatabase database = new EmbeddedDatabase();

    @BeforeEach
    void createDataDir() throws Exception {
        dataDir = Files.createTempDirectory("baton-embedded");
    }

    @AfterEach
    void removeDataDir() throws Exception {
        database.stop();
        FileSystemUtils.deleteRecursively(dataDir);
    }

    @Test
    void keepsWhatItAcknowledgedByWritingThroughToDisk() throws Exception {
        var postgres = database.start(properties(false));

        try (var connection = postgres.getPostgresDatabase().getConnection()) {
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void startsOnTheFilesOfAServerAKilledBatonLeftRunning() throws Exception {
        var orphan = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start();
        execute(orphan.getPostgresDatabase(), "create table kept (note text); insert into kept values ('still here')");
        releaseTheLockAsAKilledProcessWould(orphan);
        var orphanProcess = EmbeddedDatabase.serverRunningOn(dataDir.resolve("postgres"));
        assertThat(orphanProcess).isPresent();

        var postgres = database.start(properties(false));

        assertThat(orphanProcess.get().isAlive()).isFalse();
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var rows = connection.createStatement().executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void noAcknowledgedWriteIsLostWhenThePostmasterIsKilledUnderLoad() throws Exception {
        var postgres = database.start(properties(false));
        execute(postgres.getPostgresDatabase(), "create table acknowledged (id bigint primary key)");
        var server =
                EmbeddedDatabase.serverRunningOn(dataDir.resolve("postgres")).orElseThrow();
        var acknowledged = new ConcurrentLinkedQueue<Long>();
        var next = new AtomicLong();
        var writers = new ArrayList<Thread>();
        for (int w = 0; w < 4; w++) {
            writers.add(Thread.ofPlatform().start(() -> {
                try (var connection = postgres.getPostgresDatabase().getConnection();
                        var insert = connection.prepareStatement("insert into acknowledged values (?)")) {
                    while (true) {
                        long id = next.incrementAndGet();
                        insert.setLong(1, id);
                        insert.executeUpdate(); // autocommit: returning is the acknowledgement
                        acknowledged.add(id);
                    }
                } catch (SQLException killed) {
                    // the server went away under this writer
                }
            }));
        }
        while (acknowledged.size() < 300) {
            Thread.onSpinWait();
        }

        var children = server.descendants().toList();
        server.destroyForcibly();
        server.onExit().join();
        children.forEach(child -> child.onExit().join());
        for (var writer : writers) {
            writer.join();
        }
        database.stop();
        database = new EmbeddedDatabase();
        var restarted = database.start(properties(false));

        var stored = new HashSet<Long>();
        try (var connection = restarted.getPostgresDatabase().getConnection();
                var rows = connection.createStatement().executeQuery("select id from acknowledged")) {
            while (rows.next()) {
                stored.add(rows.getLong(1));
            }
        }
        assertThat(acknowledged).isNotEmpty().allMatch(stored::contains);
    }

    @Test
    void startsTheServerAgainOnTheSameFilesAndPortWhenItsProcessIsKilled() throws Exception {
        var postgres = database.start(properties(false));
        int port = postgres.getPort();
        execute(postgres.getPostgresDatabase(), "create table kept (note text); insert into kept values ('before')");
        var server = database.server().orElseThrow();

        database.keepRunning();
        assertThat(database.server()).as("a running server is left alone").contains(server);

        server.destroyForcibly();
        server.onExit().join();
        var jdbcUrl = "jdbc:postgresql://localhost:" + port + "/postgres";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            database.keepRunning();
            try (var connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                    var rows = connection.createStatement().executeQuery("select note from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("before");
            }
        });
        assertThat(database.server()).isPresent().get().isNotEqualTo(server);
        assertThat(EmbeddedDatabase.portOfServerRunningOn(dataDir.resolve("postgres")))
                .hasValue(port);
    }

    @Test
    void theServerOfADataDirectoryIsFoundWithItsPort() throws Exception {
        var directory = dataDir.resolve("postgres");
        assertThat(EmbeddedDatabase.portOfServerRunningOn(directory)).isEmpty();

        var postgres = database.start(properties(false));

        assertThat(EmbeddedDatabase.portOfServerRunningOn(directory)).hasValue(postgres.getPort());
        database.stop();
        assertThat(EmbeddedDatabase.portOfServerRunningOn(directory)).isEmpty();
    }

    @Test
    void leavesAloneAndRefusesTheFilesOfAServerAnotherLiveProcessRuns() throws Exception {
        var directory = dataDir.resolve("postgres");
        try (var other = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start()) {

            assertThatThrownBy(() -> database.start(properties(false)))
                    .isInstanceOf(EmbeddedDatabase.FilesInUse.class)
                    .hasMessageContaining("port " + other.getPort());

            assertThat(EmbeddedDatabase.portOfServerInUse(directory)).hasValue(other.getPort());
            try (var connection = other.getPostgresDatabase().getConnection()) {
                assertThat(connection.isValid(1))
                        .as("the other process's server still runs")
                        .isTrue();
            }
        }
    }

    @Test
    void aServerAKilledBatonLeftIsNotInUse() throws Exception {
        var orphan = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start();
        releaseTheLockAsAKilledProcessWould(orphan);

        assertThat(EmbeddedDatabase.portOfServerRunningOn(dataDir.resolve("postgres")))
                .hasValue(orphan.getPort());
        assertThat(EmbeddedDatabase.portOfServerInUse(dataDir.resolve("postgres")))
                .isEmpty();
        EmbeddedDatabase.stopOrphanedServer(dataDir.resolve("postgres"));
    }

    @Test
    void aMissingOrStalePidFileNamesNoServer() throws Exception {
        var directory = Files.createDirectories(dataDir.resolve("postgres"));
        assertThat(EmbeddedDatabase.serverRunningOn(directory)).isEmpty();

        Files.writeString(
                directory.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");
        assertThat(EmbeddedDatabase.serverRunningOn(directory)).isEmpty(); // alive, but not a PostgreSQL server

        Files.writeString(directory.resolve("postmaster.pid"), "not a pid\n");
        assertThat(EmbeddedDatabase.serverRunningOn(directory)).isEmpty();
    }

    /** A killed Baton's file lock on the data directory goes with its process; this one lives on in the test's. */
    private static void releaseTheLockAsAKilledProcessWould(EmbeddedPostgres orphan) throws Exception {
        var lock = EmbeddedPostgres.class.getDeclaredField("lock");
        lock.setAccessible(true);
        ((FileLock) lock.get(orphan)).release();
        var stream = EmbeddedPostgres.class.getDeclaredField("lockStream");
        stream.setAccessible(true);
        ((Closeable) stream.get(orphan)).close();
    }

    private DatabaseProperties properties(boolean clean) {
        return new DatabaseProperties(dataDir, null, clean);
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (var rows = connection.createStatement().executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            connection.createStatement().execute(sql);
        }
    }
}
