package org.baton.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What a backup file holds: the Baton version that wrote it, the Flyway schema version of the database, and
 * for each table its columns, its row count and the SHA-256 of its part, so a restore can refuse a damaged or
 * truncated file before it changes anything.
 */
record BackupManifest(String batonVersion, String schemaVersion, Instant createdAt, List<Part> parts) {

    static final String ENTRY = "manifest.properties";
    static final String FORMAT = "baton-backup-1";

    BackupManifest {
        parts = List.copyOf(parts);
    }

    /** One table, in PostgreSQL's COPY text format, under {@code entry} in the archive. */
    record Part(String table, List<String> columns, long rows, String sha256) {
        Part {
            columns = List.copyOf(columns);
        }

        String entry() {
            return "tables/" + table + ".copy";
        }
    }

    long rows() {
        return parts.stream().mapToLong(Part::rows).sum();
    }

    void writeTo(OutputStream out) throws IOException {
        var properties = new Properties();
        properties.setProperty("format", FORMAT);
        properties.setProperty("baton.version", batonVersion);
        properties.setProperty("schema.version", schemaVersion);
        properties.setProperty("created.at", createdAt.toString());
        properties.setProperty(
                "tables", String.join(",", parts.stream().map(Part::table).toList()));
        for (var part : parts) {
            properties.setProperty("table." + part.table() + ".columns", String.join(",", part.columns()));
            properties.setProperty("table." + part.table() + ".rows", Long.toString(part.rows()));
            properties.setProperty("table." + part.table() + ".sha256", part.sha256());
        }
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        properties.store(writer, "Baton backup: the database only; keep the log key separately");
        writer.flush();
    }

    static BackupManifest readFrom(InputStream in) throws IOException {
        var properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (!FORMAT.equals(properties.getProperty("format"))) {
            throw new IOException("its manifest is not of the format " + FORMAT);
        }
        try {
            var parts = new ArrayList<Part>();
            for (var table : list(required(properties, "tables"))) {
                parts.add(new Part(
                        table,
                        list(required(properties, "table." + table + ".columns")),
                        Long.parseLong(required(properties, "table." + table + ".rows")),
                        required(properties, "table." + table + ".sha256")));
            }
            return new BackupManifest(
                    required(properties, "baton.version"),
                    required(properties, "schema.version"),
                    Instant.parse(required(properties, "created.at")),
                    parts);
        } catch (RuntimeException e) {
            throw new IOException("its manifest cannot be read: " + e.getMessage(), e);
        }
    }

    private static String required(Properties properties, String key) throws IOException {
        var value = properties.getProperty(key);
        if (value == null) {
            throw new IOException("its manifest has no " + key);
        }
        return value;
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated.isBlank() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }
}
