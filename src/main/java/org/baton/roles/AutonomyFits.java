package org.baton.roles;

import org.baton.shared.RuleViolation;

/** How one check-in says each dimension fits; every dimension is answered, naming the one left out. */
public record AutonomyFits(AutonomyFit what, AutonomyFit when, AutonomyFit where, AutonomyFit withWhom) {

    public AutonomyFits {
        require(AutonomyDimension.WHAT, what);
        require(AutonomyDimension.WHEN, when);
        require(AutonomyDimension.WHERE, where);
        require(AutonomyDimension.WITH_WHOM, withWhom);
    }

    public AutonomyFit of(AutonomyDimension dimension) {
        return switch (dimension) {
            case WHAT -> what;
            case WHEN -> when;
            case WHERE -> where;
            case WITH_WHOM -> withWhom;
        };
    }

    private static void require(AutonomyDimension dimension, AutonomyFit fit) {
        if (fit == null) {
            throw new RuleViolation(
                    "fit." + dimension.field(), "autonomy.fit.required", "Say how each dimension fits.");
        }
    }
}
