package org.baton.log;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar baton.jar verify-log [--against <file>]}: checks every organization's hash chain against the
 * configured database and log key, prints one line per organization, and with {@code --against} also checks
 * every checkpoint of a saved export ({@code GET /api/v1/log/checkpoints}). Exits non-zero when any chain is
 * broken, written with another key, or any checkpoint fails.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "baton.command", havingValue = "verify-log")
class VerifyLogCommand implements ApplicationRunner, ExitCodeGenerator {

    private final DecisionLog log;
    private final CheckpointAudit audit;
    private final PrintStream out = System.out;
    private int exitCode;

    VerifyLogCommand(DecisionLog log, CheckpointAudit audit) {
        this.log = log;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        int broken = 0;
        var organizations = log.organizationsWithLogs();
        for (var org : organizations) {
            var verification = log.verify(org);
            if (verification.keyMismatch()) {
                broken++;
                out.printf(
                        "organization %s: the log key does not match the one this chain was written with (%d entries)%n",
                        org, verification.entries());
            } else if (verification.valid()) {
                out.printf(
                        "organization %s: valid, %d entries%s%n",
                        org,
                        verification.entries(),
                        verification.keyed() ? "" : " (unkeyed: written before the log key)");
            } else {
                broken++;
                out.printf(
                        "organization %s: BROKEN at entry %d (%s) of %d%n",
                        org,
                        verification.firstBrokenSequence(),
                        verification.firstBrokenEntry(),
                        verification.entries());
            }
        }
        out.printf("%d organizations checked, %d broken%n", organizations.size(), broken);
        var against = against(args.getSourceArgs());
        int failed = against == null ? 0 : audit.check(Path.of(against), out);
        exitCode = broken == 0 && failed == 0 ? 0 : 1;
    }

    /** The file after {@code --against} (or in {@code --against=<file>}), or null. */
    static String against(String[] args) {
        var list = Arrays.asList(args);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).equals("--against") && i + 1 < list.size()) {
                return list.get(i + 1);
            }
            if (list.get(i).startsWith("--against=")) {
                return list.get(i).substring("--against=".length());
            }
        }
        return null;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
