package org.baton.database;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;

/**
 * Writes a logical copy of Baton's database into one zip file: each table in PostgreSQL's COPY text format,
 * then a {@link BackupManifest}. Every table is read in one read-only, repeatable-read transaction, so the
 * copy is a consistent snapshot even while Baton keeps writing. The file appears only once it is complete.
 */
final class DatabaseBackup {

    private DatabaseBackup() {}

    static BackupManifest write(Connection connection, Path file, String batonVersion, Clock clock)
            throws IOException, SQLException {
        Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".partial");
        try {
            BackupManifest manifest;
            try (var zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                manifest = copyEveryTable(connection, zip, batonVersion, clock);
                zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
                manifest.writeTo(zip);
                zip.closeEntry();
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static BackupManifest copyEveryTable(
            Connection connection, ZipOutputStream zip, String batonVersion, Clock clock)
            throws IOException, SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            var schemaVersion = Schema.migratedVersion(connection)
                    .orElseThrow(
                            () -> new IOException("the database holds no Baton schema (Flyway never migrated it)"));
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            var parts = new ArrayList<BackupManifest.Part>();
            for (var table : Schema.tables(connection)) {
                var columns = Schema.columns(connection, table);
                var part = new BackupManifest.Part(table, columns, 0, "");
                zip.putNextEntry(new ZipEntry(part.entry()));
                var digest = new DigestOutputStream(new KeptOpen(zip), sha256());
                long rows = copy.copyOut(
                        "COPY " + Schema.quote(table) + " (" + Schema.columnList(columns) + ") TO STDOUT", digest);
                digest.flush();
                zip.closeEntry();
                parts.add(new BackupManifest.Part(
                        table,
                        columns,
                        rows,
                        HexFormat.of().formatHex(digest.getMessageDigest().digest())));
            }
            connection.commit();
            return new BackupManifest(batonVersion, schemaVersion, clock.instant(), parts);
        } finally {
            if (!connection.isClosed()) {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Lets the COPY write into one zip entry without closing the archive. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
