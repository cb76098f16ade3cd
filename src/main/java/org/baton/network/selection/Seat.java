package org.baton.network.selection;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** One seat of the coalition: the solver puts an applicant on it. */
@PlanningEntity
public class Seat {

    @PlanningId
    private Integer index;

    @PlanningVariable(valueRangeProviderRefs = "applicants")
    private Applicant applicant;

    Seat() {}

    Seat(int index) {
        this.index = index;
    }

    public int index() {
        return index;
    }

    public Applicant applicant() {
        return applicant;
    }

    void sit(Applicant applicant) {
        this.applicant = applicant;
    }

    // The solver reads and writes the seat through bean accessors.

    public Integer getIndex() {
        return index;
    }

    public Applicant getApplicant() {
        return applicant;
    }

    public void setApplicant(Applicant applicant) {
        this.applicant = applicant;
    }

    @Override
    public String toString() {
        return "seat-" + index + "=" + applicant;
    }
}
