package org.baton.roles;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The mismatch rule (DOMAIN.md §4): a dimension is mismatched when the two sides' latest check-ins disagree on
 * it, or when one side's last two check-ins both report a misfit (too tight or too loose) on it. An agreement is
 * mismatched when any dimension is.
 */
public final class AutonomyMismatch {

    private AutonomyMismatch() {}

    /** The mismatched dimensions of check-ins given oldest first, in the dimensions' order. */
    public static Set<AutonomyDimension> of(List<AutonomyCheckIn> checkIns) {
        var leader = lastTwo(checkIns, AutonomySide.LEADER);
        var led = lastTwo(checkIns, AutonomySide.LED);
        var mismatched = EnumSet.noneOf(AutonomyDimension.class);
        for (AutonomyDimension d : AutonomyDimension.values()) {
            boolean disagree = !leader.isEmpty()
                    && !led.isEmpty()
                    && leader.getLast().fit().of(d) != led.getLast().fit().of(d);
            if (disagree || misfitTwice(leader, d) || misfitTwice(led, d)) {
                mismatched.add(d);
            }
        }
        return mismatched;
    }

    private static boolean misfitTwice(List<AutonomyCheckIn> lastTwo, AutonomyDimension d) {
        return lastTwo.size() == 2
                && lastTwo.stream().allMatch(c -> c.fit().of(d).misfit());
    }

    private static List<AutonomyCheckIn> lastTwo(List<AutonomyCheckIn> checkIns, AutonomySide side) {
        var ofSide = checkIns.stream().filter(c -> c.side() == side).toList();
        return ofSide.subList(Math.max(0, ofSide.size() - 2), ofSide.size());
    }
}
