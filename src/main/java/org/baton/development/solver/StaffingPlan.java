package org.baton.development.solver;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;

/** The missions being staffed together, the needs they have, and their seats: what the solver works on. */
@PlanningSolution
public class StaffingPlan {

    @ProblemFactCollectionProperty
    private List<Opening> openings;

    @ProblemFactCollectionProperty
    private List<NeededArea> needs;

    @PlanningEntityCollectionProperty
    private List<Seat> seats;

    @PlanningScore
    private HardMediumSoftScore score;

    StaffingPlan() {}

    public StaffingPlan(List<Opening> openings, List<Seat> seats) {
        this.openings = List.copyOf(openings);
        this.needs = openings.stream().flatMap(o -> o.needs().stream()).toList();
        this.seats = List.copyOf(seats);
    }

    public List<Opening> openings() {
        return openings;
    }

    public List<NeededArea> needs() {
        return needs;
    }

    public List<Seat> seats() {
        return seats;
    }

    public HardMediumSoftScore score() {
        return score;
    }

    // The solver reads and writes the plan through bean accessors.

    public List<Opening> getOpenings() {
        return openings;
    }

    public List<NeededArea> getNeeds() {
        return needs;
    }

    public List<Seat> getSeats() {
        return seats;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
