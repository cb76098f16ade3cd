package org.baton.web.missions;

import java.util.regex.Pattern;

/**
 * The solver's score ({@code 0hard/-1medium/-12soft}) said in plain words: whether anybody would give more hours
 * than they have (hard), and how many seats stay empty (medium, one point a seat). The soft part weighs the fit and
 * is left to the reasons of each pick.
 *
 * @param messageKey the message that says it
 * @param emptySeats how many seats the proposal leaves empty
 */
record StaffingScore(String messageKey, int emptySeats) {

    private static final Pattern SCORE = Pattern.compile("(-?\\d+)hard/(-?\\d+)medium");

    /** The words for a score, or null for a score that is not in the solver's form. */
    static StaffingScore of(String score) {
        if (score == null) {
            return null;
        }
        var parts = SCORE.matcher(score);
        if (!parts.find()) {
            return null;
        }
        boolean overAllocated = Long.parseLong(parts.group(1)) < 0;
        int empty = (int) Math.min(Integer.MAX_VALUE, Math.max(0, -Long.parseLong(parts.group(2))));
        if (overAllocated) {
            return new StaffingScore(
                    empty > 0 ? "staffing.score.overAllocatedAndEmpty" : "staffing.score.overAllocated", empty);
        }
        return new StaffingScore(empty > 0 ? "staffing.score.emptySeats" : "staffing.score.allFilled", empty);
    }

    /** Whether the proposal is as good as it gets on the rules that must hold: all seats filled, nobody over. */
    public boolean sound() {
        return messageKey.equals("staffing.score.allFilled");
    }
}
