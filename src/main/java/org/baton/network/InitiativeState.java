package org.baton.network;

import java.math.BigDecimal;
import org.baton.missions.MissionStatus;

/**
 * How an initiative stands: won when its mission was completed or celebrated and its latest check-in reached the
 * target in the metric's direction; missed when its mission ended otherwise (abandoned, or closed short of the
 * target); running until then.
 */
public enum InitiativeState {
    RUNNING,
    WON,
    MISSED;

    static InitiativeState of(MissionStatus status, InitiativeMetric metric, BigDecimal latestValue) {
        if (!status.ended()) {
            return RUNNING;
        }
        boolean closedWell = status == MissionStatus.COMPLETED || status == MissionStatus.CELEBRATED;
        return closedWell && metric.reached(latestValue) ? WON : MISSED;
    }
}
