package org.baton.database;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code java -jar baton.jar backup <file>} and {@code restore <file>}: the database Baton is configured with
 * (the external one, or the embedded one of the data directory) copied into one file and back. Only the
 * database settings are read, so no second Baton starts: a backup of the embedded database while Baton runs
 * connects to the server Baton started; otherwise the embedded server is started for the command alone.
 */
public final class DatabaseCommands {

    static final String USAGE = "usage: java -jar baton.jar (backup | restore) <file> [--baton.data-dir=<directory>]";

    private final PrintStream out;
    private final PrintStream err;

    DatabaseCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Whether {@code command} names one of these commands. */
    public static boolean handles(String command) {
        return command.equals("backup") || command.equals("restore");
    }

    /** Runs {@code backup <file>} or {@code restore <file>}, then Spring settings; returns the exit code. */
    public static int run(String... args) {
        return new DatabaseCommands(System.out, System.err).execute(args);
    }

    int execute(String... args) {
        if (args.length < 2 || !handles(args[0]) || args[1].isBlank() || args[1].startsWith("-")) {
            err.println(USAGE);
            return 1;
        }
        Path file = Path.of(args[1]).toAbsolutePath();
        var settings = Arrays.copyOfRange(args, 2, args.length);
        if (args[0].equals("restore") && !Files.isRegularFile(file)) {
            err.println("restore refused: there is no file " + file);
            return 1;
        }
        if (args[0].equals("backup") && !Files.isDirectory(file.getParent())) {
            err.println("backup failed: there is no directory " + file.getParent());
            return 1;
        }
        try (var database = open(properties(settings), args[0].equals("backup"))) {
            return args[0].equals("backup") ? backup(database, file) : restore(database, file);
        } catch (IOException | SQLException | RuntimeException e) {
            err.println(args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    private int backup(Target database, Path file) throws IOException, SQLException {
        BackupManifest manifest;
        try (var connection = database.dataSource().getConnection()) {
            manifest = DatabaseBackup.write(connection, file, batonVersion(), Clock.systemUTC());
        }
        for (var part : manifest.parts()) {
            out.printf("  %-40s %10d rows%n", part.table(), part.rows());
        }
        out.printf(
                "Backed up %d tables, %d rows (schema version %s) from %s into %s (%d bytes)%n",
                manifest.parts().size(),
                manifest.rows(),
                manifest.schemaVersion(),
                database.description(),
                file,
                Files.size(file));
        out.println("The log key (log.key in the data directory, or BATON_LOG_KEY) is not in this file: keep it"
                + " safe separately.");
        return 0;
    }

    private int restore(Target database, Path file) throws IOException, SQLException {
        try {
            var manifest = DatabaseRestore.restore(database.dataSource(), file);
            for (var part : manifest.parts()) {
                out.printf("  %-40s %10d rows%n", part.table(), part.rows());
            }
            out.printf(
                    "Restored %d tables, %d rows (schema version %s, written by Baton %s at %s) from %s (%d bytes)"
                            + " into %s%n",
                    manifest.parts().size(),
                    manifest.rows(),
                    manifest.schemaVersion(),
                    manifest.batonVersion(),
                    manifest.createdAt(),
                    file,
                    Files.size(file),
                    database.description());
            return 0;
        } catch (DatabaseRestore.Refused refused) {
            err.println("restore refused: " + refused.getMessage());
            return 1;
        }
    }

    /** The database a command works on, and the embedded server it started for itself, if any. */
    private record Target(DataSource dataSource, String description, EmbeddedDatabase startedHere)
            implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (startedHere != null) {
                startedHere.stop();
            }
        }
    }

    private Target open(DatabaseProperties properties, boolean mustExist) throws IOException {
        var external = properties.database();
        if (external.configured()) {
            return new Target(
                    new DriverManagerDataSource(external.url(), external.username(), external.password()),
                    "the PostgreSQL at " + external.url(),
                    null);
        }
        Path directory = properties.dataDir().toAbsolutePath().resolve("postgres");
        var running = EmbeddedDatabase.portOfServerRunningOn(directory);
        if (running.isPresent()) {
            return new Target(
                    embedded(running.getAsInt()),
                    "the embedded PostgreSQL running on port " + running.getAsInt() + " (" + directory + ")",
                    null);
        }
        if (mustExist && !Files.isRegularFile(directory.resolve("PG_VERSION"))) {
            throw new IOException("there is no embedded database in " + directory + " (set BATON_DATA_DIR)");
        }
        var started = new EmbeddedDatabase();
        var postgres = started.start(new DatabaseProperties(properties.dataDir(), null, false));
        return new Target(embedded(postgres.getPort()), "the embedded PostgreSQL in " + directory, started);
    }

    private static DataSource embedded(int port) {
        return new DriverManagerDataSource("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
    }

    /** Baton's own settings (application.yml, profiles, environment, {@code --name=value}), without Baton. */
    private static DatabaseProperties properties(String... settings) {
        var builder = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(Map.of("logging.level.root", "warn"));
        try (var context = builder.run(settings)) {
            return context.getBean(DatabaseProperties.class);
        }
    }

    private static String batonVersion() {
        var version = DatabaseCommands.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** Not a {@code @Configuration}, so Baton's own component scan leaves it alone. */
    @EnableConfigurationProperties(DatabaseProperties.class)
    static class Settings {}
}
