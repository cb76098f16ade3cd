package org.baton.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly that another Baton runs on the same data directory, instead of a stack trace. */
class FilesInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabase.FilesInUse> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabase.FilesInUse cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Stop the other Baton first, or start this one with its own BATON_DATA_DIR (or an external"
                        + " database). Commands such as verify-log and backup work beside a running Baton.",
                cause);
    }
}
