package org.baton.development.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.score.constraint.ConstraintMatchPolicy;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;
import java.util.List;

/**
 * A plan scored with its constraint matches, each with its {@link Why}, and seats that can be tried with other
 * people. Timefold 2.2's community edition keeps {@code SolutionManager.analyze} and {@code recommendAssignment}
 * for its enterprise edition, so this reads the very matches those wrap from a score director with constraint
 * matching on (Timefold's implementation API: kept to this one class, to change when Timefold's does).
 */
final class ScoredPlan implements AutoCloseable {

    /** One constraint match: what it did to the score, and why. */
    record Match(HardMediumSoftScore score, Why why) {}

    private final InnerScoreDirector<StaffingPlan, HardMediumSoftScore> director;

    ScoredPlan(SolverFactory<StaffingPlan> factory, StaffingPlan plan) {
        this.director = ((DefaultSolverFactory<StaffingPlan>) factory)
                .<HardMediumSoftScore>getScoreDirectorFactory()
                .createScoreDirectorBuilder()
                .withConstraintMatchPolicy(ConstraintMatchPolicy.ENABLED)
                .build();
        director.setWorkingSolution(plan);
    }

    HardMediumSoftScore score() {
        return director.calculateScore().raw();
    }

    /** Every match of the plan as it stands. */
    List<Match> matches() {
        score();
        return director.getConstraintMatchTotalMap().values().stream()
                .flatMap(total -> total.getConstraintMatchSet().stream())
                .filter(match -> match.getJustification() instanceof Why)
                .map(match -> new Match(match.getScore(), match.getJustification()))
                .toList();
    }

    /** Puts {@code person} (or nobody) on the seat, keeping the score up to date. */
    void sit(Seat seat, Candidate person) {
        director.beforeVariableChanged(seat, "person");
        seat.setPerson(person);
        director.afterVariableChanged(seat, "person");
        director.triggerVariableListeners();
    }

    @Override
    public void close() {
        director.close();
    }
}
