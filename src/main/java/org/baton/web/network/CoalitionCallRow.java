package org.baton.web.network;

import java.util.Set;
import org.baton.network.CoalitionApplication;
import org.baton.network.CoalitionCall;
import org.baton.network.CoalitionCallStatus;
import org.baton.network.CoalitionStep;

/** A call as a page shows it to the viewer: its status now, their own application, and what they may do. */
public record CoalitionCallRow(
        CoalitionCall call,
        CoalitionCallStatus status,
        CoalitionApplication own,
        boolean onPanel,
        Set<CoalitionStep> steps) {

    public String id() {
        return call.id().toString();
    }

    public boolean can(String step) {
        return steps.contains(CoalitionStep.valueOf(step));
    }
}
