package org.baton.network.selection;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.baton.network.SelectionProposal;
import org.baton.shared.StateConflict;

/**
 * Proposes a coalition with Timefold Solver: a construction heuristic, then tabu search moving one applicant at a
 * time onto a seat (swapping two seats changes nothing: seats are alike). Deterministic: a reproducible
 * environment, a fixed random seed, and termination by step counts that grow with the seats; the
 * spent-time limit is only a safety net (when it ends a solve, the answer depends on the machine's speed). One
 * solve at a time per JVM: two would share two cores and both be late, so a second waits a while, then is refused.
 */
public final class SelectionSolver {

    private static final long SEED = 13L;

    /** Moves weighed for each step of the local search. */
    private static final int SAMPLE = 200;

    private static final Semaphore ONE_AT_A_TIME = new Semaphore(1, true);

    private final Duration timeLimit;
    private final Duration patience;

    /** Solves for at most {@code timeLimit}; a solve waits at most {@code patience} for the one before it. */
    public SelectionSolver(Duration timeLimit, Duration patience) {
        this.timeLimit = timeLimit;
        this.patience = patience;
    }

    /** The best coalition found for {@code seats} among applicants with these facts, explained. */
    public SelectionProposal propose(int seats, List<ApplicantFacts> applicants) {
        var plan = SelectionPlan.of(seats, applicants);
        if (plan.seats().isEmpty()) {
            return new SelectionProposal(List.of(), List.of(), SelectionExplanation.mix(plan));
        }
        var factory = SolverFactory.<SelectionPlan>create(config(plan));
        acquire();
        try {
            var solved = factory.buildSolver().solve(plan);
            return SelectionExplanation.of(factory, solved);
        } finally {
            ONE_AT_A_TIME.release();
        }
    }

    /** Waits at most the patience for the solve before; then refuses (409): Baton is busy, try again. */
    private void acquire() {
        try {
            if (ONE_AT_A_TIME.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new StateConflict(
                "network.selection.busy", "Baton is proposing another coalition right now; try again in a moment.");
    }

    private SolverConfig config(SelectionPlan plan) {
        int seats = plan.seats().size();
        // Tabu search: each step takes the best of a sample of moves, even a worse one, so that it never stalls on
        // a greedy start; a seat just changed is left alone for a while (about a fifth of the seats).
        var localSearch = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new ChangeMoveSelectorConfig())
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(Math.max(1, seats / 5)))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(SAMPLE))
                .withTerminationConfig(new TerminationConfig()
                        .withUnimprovedStepCountLimit(20 + seats)
                        .withStepCountLimit(50 + 3 * seats));
        return new SolverConfig()
                .withSolutionClass(SelectionPlan.class)
                .withEntityClasses(Seat.class)
                .withConstraintProviderClass(SelectionConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(SEED)
                .withMoveThreadCount("NONE")
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit))
                .withPhases(new ConstructionHeuristicPhaseConfig(), localSearch);
    }
}
