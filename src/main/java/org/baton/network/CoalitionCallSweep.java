package org.baton.network;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Closes coalition calls on their own once their closing date has passed: nobody needs to click. */
@Component
class CoalitionCallSweep {

    private final Coalition coalition;

    CoalitionCallSweep(Coalition coalition) {
        this.coalition = coalition;
    }

    @Scheduled(fixedDelayString = "${baton.coalition.sweep:PT1H}")
    void sweep() {
        coalition.closeDueCalls();
    }
}
