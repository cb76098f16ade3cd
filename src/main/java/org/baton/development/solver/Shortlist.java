package org.baton.development.solver;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The candidates a mission's seats choose from: its best by a cheap first reading (covers a needed area, wants to
 * learn one, wants to lead), among those with the hours it asks. Built once per mission, so that the solver
 * weighs a few dozen people per seat instead of the whole organization.
 */
public final class Shortlist {

    /** How many candidates a mission's seats choose from, at most. */
    public static final int SIZE = 60;

    private Shortlist() {}

    public static List<Candidate> of(Opening opening, List<Candidate> candidates) {
        // Each candidate is read once; only the best SIZE are kept while reading, so thousands cost little.
        var best = new PriorityQueue<Scored>(SIZE + 1, BEST_FIRST.reversed());
        for (var candidate : candidates) {
            if (candidate.freeHours() >= Math.max(1, opening.hoursPerWeek())) {
                best.add(new Scored(candidate, preScore(opening, candidate)));
                if (best.size() > SIZE) {
                    best.poll();
                }
            }
        }
        return best.stream().sorted(BEST_FIRST).map(Scored::candidate).toList();
    }

    private record Scored(Candidate candidate, int score) {}

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingInt((Scored s) -> -s.score())
            .thenComparing(s -> s.candidate().id().value());

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
