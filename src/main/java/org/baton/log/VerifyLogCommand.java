package org.baton.log;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar baton.jar verify-log}: checks every organization's hash chain against the configured
 * database, prints one line per organization, and exits non-zero when any chain is broken.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "baton.command", havingValue = "verify-log")
class VerifyLogCommand implements ApplicationRunner, ExitCodeGenerator {

    private final DecisionLog log;
    private final PrintStream out = System.out;
    private int exitCode;

    VerifyLogCommand(DecisionLog log) {
        this.log = log;
    }

    @Override
    public void run(ApplicationArguments args) {
        int broken = 0;
        var organizations = log.organizationsWithLogs();
        for (var org : organizations) {
            var verification = log.verify(org);
            if (verification.valid()) {
                out.printf("organization %s: valid, %d entries%n", org, verification.entries());
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
        exitCode = broken == 0 ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
