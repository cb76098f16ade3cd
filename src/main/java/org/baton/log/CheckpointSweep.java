package org.baton.log;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks every hour for chains due a daily checkpoint; commands such as {@code verify-log} leave them be. */
@Component
class CheckpointSweep {

    private final LogCheckpoints checkpoints;
    private final String command;

    CheckpointSweep(LogCheckpoints checkpoints, @Value("${baton.command:}") String command) {
        this.checkpoints = checkpoints;
        this.command = command;
    }

    @Scheduled(fixedDelayString = "${baton.log.checkpoint-sweep:PT1H}")
    void sweep() {
        if (command.isBlank()) {
            checkpoints.recordDue();
        }
    }
}
