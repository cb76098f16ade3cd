package org.baton.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code backup} and {@code restore} answer before they touch a database. */
class DatabaseCommandsTests {

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final DatabaseCommands commands = new DatabaseCommands(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void namesOnlyItsTwoCommands() {
        assertThat(DatabaseCommands.handles("backup")).isTrue();
        assertThat(DatabaseCommands.handles("restore")).isTrue();
        assertThat(DatabaseCommands.handles("verify-log")).isFalse();
    }

    @Test
    void answersAWrongArgumentWithItsUsage() {
        assertThat(commands.execute("backup")).isEqualTo(1);
        assertThat(commands.execute("restore", "--baton.data-dir=/tmp")).isEqualTo(1);
        assertThat(commands.execute("backup", " ")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .hasSize(3)
                .allMatch(line -> line.equals(DatabaseCommands.USAGE));
    }

    @Test
    void refusesToRestoreAFileThatIsNotThere() {
        int exitCode = commands.execute(
                "restore", work.resolve("missing.backup").toString(), "--baton.data-dir=" + work.resolve("data"));

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("restore refused: there is no file");
        assertThat(work.resolve("data")).doesNotExist();
    }

    @Test
    void refusesToBackUpIntoADirectoryThatIsNotThere() {
        int exitCode =
                commands.execute("backup", work.resolve("nowhere/baton.backup").toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("backup failed: there is no directory");
    }

    @Test
    void refusesToBackUpADataDirectoryWithoutADatabase() {
        int exitCode = commands.execute(
                "backup",
                work.resolve("baton.backup").toString(),
                "--baton.data-dir=" + work.resolve("data"),
                "--baton.database.url=");

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("backup failed: there is no embedded database in");
        assertThat(work.resolve("baton.backup")).doesNotExist();
    }
}
