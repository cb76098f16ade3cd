package org.baton.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL, started only when no external database is configured and stopped with the
 * application. It keeps what it acknowledged: unlike the embedded server's test defaults it writes through to
 * disk ({@code fsync}, synchronous commits, full page writes), except for a throw-away database that is deleted
 * when it stops. A server left running by a Baton that was killed is stopped before a new one starts on the
 * same files, so a restart needs no operator.
 */
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private EmbeddedPostgres postgres;
    private Path throwAway;

    synchronized EmbeddedPostgres start(DatabaseProperties properties) {
        if (postgres == null) {
            Path directory = properties.dataDir().toAbsolutePath().resolve("postgres");
            boolean clean = properties.cleanEmbeddedDatabase();
            try {
                Files.createDirectories(directory);
                if (!clean) {
                    stopOrphanedServer(directory);
                }
                log.info("Starting the embedded PostgreSQL with its data in {}", directory);
                var builder = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(clean)
                        // Spring stops it after everything that uses it, instead of a JVM hook racing the shutdown.
                        .setRegisterShutdownHook(false);
                if (clean) {
                    throwAway = directory;
                } else {
                    builder.setServerConfig("fsync", "on")
                            .setServerConfig("synchronous_commit", "on")
                            .setServerConfig("full_page_writes", "on");
                }
                postgres = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL did not start in " + directory, e);
            }
        }
        return postgres;
    }

    synchronized void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        if (throwAway != null) {
            FileSystemUtils.deleteRecursively(throwAway.getParent());
        }
    }

    /**
     * Stops the server a killed Baton left running on {@code directory}: the one whose process id its
     * {@code postmaster.pid} names, if that process is still a PostgreSQL server.
     */
    static void stopOrphanedServer(Path directory) throws IOException {
        var orphan = serverRunningOn(directory);
        if (orphan.isEmpty()) {
            return;
        }
        var server = orphan.get();
        log.warn("Stopping the embedded PostgreSQL (process {}) left running on {}", server.pid(), directory);
        server.destroy(); // SIGTERM: its clients died with the Baton that started it, so it shuts down cleanly
        try {
            server.onExit().get(ORPHAN_STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            server.destroyForcibly();
            server.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the PostgreSQL left running on " + directory, e);
        } catch (ExecutionException e) {
            throw new IOException("Could not stop the PostgreSQL left running on " + directory, e);
        }
    }

    static Optional<ProcessHandle> serverRunningOn(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        var lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
    }
}
