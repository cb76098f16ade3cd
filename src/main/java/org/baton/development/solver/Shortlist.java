package org.baton.development.solver;

import java.util.Comparator;
import java.util.List;

/**
 * The candidates a mission's seats choose from: its best by a cheap first reading (covers a needed area, wants to
 * learn one, wants to lead), among those with the hours it asks. Built once per mission, so that the solver
 * weighs a few dozen people per seat instead of the whole organization.
 */
public final class Shortlist {

    /** How many candidates a mission's seats choose from, at most. */
    public static final int SIZE = 100;

    private Shortlist() {}

    public static List<Candidate> of(Opening opening, List<Candidate> candidates) {
        return candidates.stream()
                .filter(c -> c.freeHours() >= Math.max(1, opening.hoursPerWeek()))
                .sorted(Comparator.comparingInt((Candidate c) -> -preScore(opening, c))
                        .thenComparing(c -> c.id().value()))
                .limit(SIZE)
                .toList();
    }

    static int preScore(Opening opening, Candidate candidate) {
        int score = 0;
        for (var need : opening.needs()) {
            if (candidate.covers(need)) {
                score += 3;
            } else if (candidate.wantsToLearn(need)) {
                score += 2;
            }
        }
        if (candidate.wantsToLead()) {
            score += candidate.missionsLed() == 0 ? 2 : 1;
        }
        return score;
    }
}
