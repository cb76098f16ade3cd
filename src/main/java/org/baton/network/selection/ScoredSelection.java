package org.baton.network.selection;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.score.constraint.ConstraintMatchPolicy;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;
import java.util.List;

/**
 * A selection scored with its constraint matches, each with its {@link Why}, and seats that can be tried with
 * other applicants. Timefold 2.2's community edition keeps {@code SolutionManager.analyze} and {@code recommendAssignment}
 * for its enterprise edition, so this reads the very matches those wrap from a score director with constraint
 * matching on (Timefold's implementation API: kept to this one class, to change when Timefold's does). A small copy of
 * the staffing solver's own, which is another module's internal.
 */
final class ScoredSelection implements AutoCloseable {

    /** One constraint match: what it did to the score, and why. */
    record Match(HardSoftScore score, Why why) {}

    private final InnerScoreDirector<SelectionPlan, HardSoftScore> director;

    ScoredSelection(SolverFactory<SelectionPlan> factory, SelectionPlan plan) {
        this.director = ((DefaultSolverFactory<SelectionPlan>) factory)
                .<HardSoftScore>getScoreDirectorFactory()
                .createScoreDirectorBuilder()
                .withConstraintMatchPolicy(ConstraintMatchPolicy.ENABLED)
                .build();
        director.setWorkingSolution(plan);
    }

    HardSoftScore score() {
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

    /** Puts {@code applicant} on the seat, keeping the score up to date. */
    void sit(Seat seat, Applicant applicant) {
        director.beforeVariableChanged(seat, "applicant");
        seat.setApplicant(applicant);
        director.afterVariableChanged(seat, "applicant");
        director.triggerVariableListeners();
    }

    @Override
    public void close() {
        director.close();
    }
}
