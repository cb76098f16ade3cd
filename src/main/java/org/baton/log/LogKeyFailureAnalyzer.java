package org.baton.log;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused log key into a plain start-up message instead of a stack trace. */
class LogKeyFailureAnalyzer extends AbstractFailureAnalyzer<LogKeyRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LogKeyRefused cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
