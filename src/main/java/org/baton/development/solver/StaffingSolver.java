package org.baton.development.solver;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;

/**
 * Staffs missions together with Timefold Solver: a construction heuristic, then local search with change and swap
 * moves. Deterministic: a reproducible environment and a fixed random seed, and termination by step counts that
 * grow with the number of seats; the spent-time limit is only a safety net (when it ends a solve, the answer
 * depends on the machine's speed). One solve at a time per JVM: two would share two cores and both be late, so
 * callers queue.
 */
public final class StaffingSolver {

    /**
     * Seats staffed in one solve, at most: the solve's steps and moves grow with the seats, and so do the
     * explanations (each seat weighs {@code Staffings}' few alternatives on a copy of its mission alone).
     */
    public static final int MAX_SEATS = 2_000;

    private static final long SEED = 14L;
    private static final Semaphore ONE_AT_A_TIME = new Semaphore(1, true);

    private final Duration timeLimit;

    public StaffingSolver(Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    /** Refuses (422) openings that together have more than {@link #MAX_SEATS} seats, before anything is loaded. */
    public static void requireSeatsWithin(List<Opening> openings) {
        long seats = openings.stream().mapToLong(Opening::seats).sum();
        if (seats > MAX_SEATS) {
            throw new RuleViolation(
                    "missionIds",
                    "staffing.seats.tooMany",
                    "These missions have " + seats + " seats: staff at most " + MAX_SEATS + " seats together.",
                    seats,
                    MAX_SEATS);
        }
    }

    /** Seats for each opening, each choosing from the opening's shortlist of {@code candidates}. */
    public static StaffingPlan plan(List<Opening> openings, List<Candidate> candidates) {
        var seats = new ArrayList<Seat>();
        for (var opening : openings) {
            var shortlist = Shortlist.of(opening, candidates);
            for (int index = 0; index < opening.seats(); index++) {
                seats.add(new Seat(opening, index, shortlist));
            }
        }
        return new StaffingPlan(openings, seats);
    }

    /** The best staffing found for the plan, explained. */
    public Staffings solve(StaffingPlan plan) {
        var factory = SolverFactory.<StaffingPlan>create(config(plan.seats().size()));
        tryAcquire(Duration.ofSeconds(30));
        try {
            var solved = factory.buildSolver().solve(plan);
            return new Staffings(solved, factory);
        } finally {
            ONE_AT_A_TIME.release();
        }
    }

    /** Waits at most {@code timeout} for the solve before; then refuses (409): Baton is busy, try again. */
    private static void tryAcquire(Duration timeout) {
        try {
            if (ONE_AT_A_TIME.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new StateConflict("staffing.busy", "Baton is staffing other missions right now; try again in a moment.");
    }

    private SolverConfig config(int seats) {
        var localSearch = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig()
                        .withMoveSelectors(new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig()))
                .withTerminationConfig(new TerminationConfig()
                        .withUnimprovedStepCountLimit(200 + 2 * seats)
                        .withStepCountLimit(2_000 + 20 * seats)
                        // A shortlist that leaves no move to make would otherwise run to the time limit.
                        .withMoveCountLimit(20_000L + 500L * seats));
        return new SolverConfig()
                .withSolutionClass(StaffingPlan.class)
                .withEntityClasses(Seat.class)
                .withConstraintProviderClass(StaffingConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(SEED)
                .withMoveThreadCount("NONE")
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit))
                .withPhases(new ConstructionHeuristicPhaseConfig(), localSearch);
    }
}
