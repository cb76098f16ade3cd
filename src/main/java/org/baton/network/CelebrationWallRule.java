package org.baton.network;

import org.baton.missions.MissionStatus;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.shared.TextLimits;

/**
 * What goes on the celebrations wall, and what thanks may say: only missions that are completed or celebrated
 * are on it (a running one is thanked once it is done), and thanks are 1 to {@value #THANKS_LIMIT} characters.
 */
final class CelebrationWallRule {

    /** The most characters thanks may have. */
    static final int THANKS_LIMIT = 500;

    private CelebrationWallRule() {}

    static boolean onTheWall(MissionStatus status) {
        return status == MissionStatus.COMPLETED || status == MissionStatus.CELEBRATED;
    }

    /** Refuses thanks to a mission that is not on the wall. */
    static void requireOnTheWall(MissionStatus status) {
        if (!onTheWall(status)) {
            throw new StateConflict(
                    "network.thanks.notOnTheWall", "Thanks are added once the mission is completed or celebrated.");
        }
    }

    /** The thanks as written, trimmed: refused when empty or longer than {@value #THANKS_LIMIT} characters. */
    static String thanks(String text) {
        var trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new RuleViolation("text", "network.thanks.empty", "Say what you thank them for.");
        }
        return TextLimits.require("text", trimmed, THANKS_LIMIT);
    }
}
