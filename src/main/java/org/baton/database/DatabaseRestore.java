package org.baton.database;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;

/**
 * Reads a backup written by {@link DatabaseBackup} into an empty database: checks the whole file first, migrates
 * the database to the backup's schema version, then copies every table in and sets the sequences past the
 * restored numbers, all in one transaction, so a restore that fails leaves the database as empty as it found it.
 * A database that already holds Baton data is refused. The next start of Baton migrates it further.
 */
final class DatabaseRestore {

    private DatabaseRestore() {}

    /** Why a restore did not start, or did not finish; the database is left without data. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static BackupManifest restore(DataSource target, Path file) throws Refused, SQLException {
        try (var archive = open(file)) {
            var manifest = check(archive, file);
            try (var connection = target.getConnection()) {
                refuseUnlessEmpty(connection, manifest);
            }
            Flyway.configure()
                    .dataSource(target)
                    .locations("classpath:db/migration")
                    .target(manifest.schemaVersion())
                    .load()
                    .migrate();
            try (var connection = target.getConnection()) {
                copyIn(connection, archive, manifest, file);
            }
            return manifest;
        } catch (IOException e) {
            throw new Refused(file + " could not be read: " + e.getMessage(), e);
        }
    }

    private static ZipFile open(Path file) throws Refused {
        try {
            return new ZipFile(file.toFile());
        } catch (IOException e) {
            throw new Refused(file + " is not a complete Baton backup (" + e.getMessage() + ")", e);
        }
    }

    /** Reads every part once and compares it with the manifest, before anything in the database changes. */
    private static BackupManifest check(ZipFile archive, Path file) throws Refused, IOException {
        var manifestEntry = archive.getEntry(BackupManifest.ENTRY);
        if (manifestEntry == null) {
            throw new Refused(file + " is not a Baton backup: it has no " + BackupManifest.ENTRY);
        }
        BackupManifest manifest;
        try (var in = archive.getInputStream(manifestEntry)) {
            manifest = BackupManifest.readFrom(in);
        } catch (IOException e) {
            throw new Refused(file + " is not a Baton backup: " + e.getMessage(), e);
        }
        for (var part : manifest.parts()) {
            try (var in = part(archive, part, file)) {
                in.transferTo(OutputStream.nullOutputStream());
                requireIntact(in, part, file);
            } catch (IOException e) {
                throw new Refused(
                        file + " is damaged: the table " + part.table() + " cannot be read (" + e.getMessage() + ")",
                        e);
            }
        }
        return manifest;
    }

    private static void refuseUnlessEmpty(Connection connection, BackupManifest manifest) throws Refused, SQLException {
        var version = Schema.migratedVersion(connection);
        if (version.isEmpty()) {
            return;
        }
        var filled = Schema.tablesWithRows(connection);
        if (!filled.isEmpty()) {
            throw new Refused("The database already holds Baton data (" + filled.size() + " tables with rows, e.g. "
                    + filled.getFirst() + "); restore only into an empty database or a new data directory");
        }
        if (MigrationVersion.fromVersion(version.get())
                        .compareTo(MigrationVersion.fromVersion(manifest.schemaVersion()))
                > 0) {
            throw new Refused("The database's schema (version " + version.get() + ") is newer than the backup's ("
                    + manifest.schemaVersion() + "); restore into a new, empty database");
        }
    }

    private static void copyIn(Connection connection, ZipFile archive, BackupManifest manifest, Path file)
            throws Refused, SQLException, IOException {
        connection.setAutoCommit(false);
        try {
            withoutTriggersIfAllowed(connection);
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            var parts = manifest.parts().stream()
                    .collect(Collectors.toMap(BackupManifest.Part::table, p -> p, (a, b) -> a, LinkedHashMap::new));
            var present = Schema.tables(connection);
            for (var table : parts.keySet()) {
                if (!present.contains(table)) {
                    throw new Refused("The backup holds a table " + table + " that schema version "
                            + manifest.schemaVersion() + " does not have");
                }
            }
            for (var table : Schema.inDependencyOrder(connection, parts.keySet())) {
                var part = parts.get(table);
                try (var in = part(archive, part, file)) {
                    long rows = copy.copyIn(
                            "COPY " + Schema.quote(table) + " (" + Schema.columnList(part.columns()) + ") FROM STDIN",
                            in);
                    requireIntact(in, part, file);
                    if (rows != part.rows()) {
                        throw new Refused(
                                file + " is damaged: " + rows + " rows of " + table + " instead of " + part.rows());
                    }
                }
            }
            Schema.resetSequences(connection, parts.keySet());
            connection.commit();
        } catch (Refused | SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /**
     * Triggers (the append-only guard of the log among them) and foreign-key checks stay quiet while rows are
     * copied in as they were; a database user that may not do so restores with them on, in dependency order.
     */
    private static void withoutTriggersIfAllowed(Connection connection) throws SQLException {
        var savepoint = connection.setSavepoint();
        try (var statement = connection.createStatement()) {
            statement.execute("set local session_replication_role = replica");
            connection.releaseSavepoint(savepoint);
        } catch (SQLException notPermitted) {
            connection.rollback(savepoint);
        }
    }

    private static DigestInputStream part(ZipFile archive, BackupManifest.Part part, Path file)
            throws IOException, Refused {
        var entry = archive.getEntry(part.entry());
        if (entry == null) {
            throw new Refused(file + " is damaged: the table " + part.table() + " is missing");
        }
        return new DigestInputStream(archive.getInputStream(entry), DatabaseBackup.sha256());
    }

    private static void requireIntact(DigestInputStream in, BackupManifest.Part part, Path file) throws Refused {
        var actual = HexFormat.of().formatHex(in.getMessageDigest().digest());
        if (!actual.equals(part.sha256())) {
            throw new Refused(file + " is damaged: the table " + part.table() + " does not match its SHA-256");
        }
    }
}
