package org.baton.support;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.baton.BatonApplication;

/**
 * Runs {@code verify-log} as the command line would, against the tests' database and with the given log key,
 * and keeps what it printed.
 */
public record VerifyLogRun(int exitCode, String output) {

    public static VerifyLogRun against(DataSource dataSource, String logKey, String... more) {
        var hikari = (HikariDataSource) dataSource;
        var args = new ArrayList<>(List.of(
                "--baton.database.url=" + hikari.getJdbcUrl(),
                "--baton.database.username=" + hikari.getUsername(),
                "--baton.log.key=" + logKey,
                "--logging.level.root=warn"));
        if (hikari.getPassword() != null) {
            args.add("--baton.database.password=" + hikari.getPassword());
        }
        args.addAll(List.of(more));
        var printed = new ByteArrayOutputStream();
        var out = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            int exitCode = BatonApplication.verifyLog(args.toArray(String[]::new));
            return new VerifyLogRun(exitCode, printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
        }
    }
}
