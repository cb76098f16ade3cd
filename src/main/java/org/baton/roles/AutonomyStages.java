package org.baton.roles;

import org.baton.shared.RuleViolation;

/**
 * The agreed stage per dimension (DOMAIN.md §4): 1 tasks and processes, 2 fixed goals, 3 flexible goals,
 * 4 purpose. All four are agreed together; a missing or out-of-range stage is refused, naming its dimension.
 */
public record AutonomyStages(Integer what, Integer when, Integer where, Integer withWhom) {

    public static final int FIRST = 1;
    public static final int LAST = 4;

    public AutonomyStages {
        require(AutonomyDimension.WHAT, what);
        require(AutonomyDimension.WHEN, when);
        require(AutonomyDimension.WHERE, where);
        require(AutonomyDimension.WITH_WHOM, withWhom);
    }

    public int of(AutonomyDimension dimension) {
        return switch (dimension) {
            case WHAT -> what;
            case WHEN -> when;
            case WHERE -> where;
            case WITH_WHOM -> withWhom;
        };
    }

    private static void require(AutonomyDimension dimension, Integer stage) {
        if (stage == null || stage < FIRST || stage > LAST) {
            throw new RuleViolation(
                    "stages." + dimension.field(),
                    "autonomy.stage.range",
                    "Each dimension needs a stage from 1 to 4.",
                    FIRST,
                    LAST);
        }
    }
}
