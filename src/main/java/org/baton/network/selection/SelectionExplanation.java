package org.baton.network.selection;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.baton.network.SelectionMix;
import org.baton.network.SelectionPick;
import org.baton.network.SelectionProposal;
import org.baton.network.SelectionReason;
import org.baton.network.selection.ScoredSelection.Match;

/**
 * A solved selection explained from the constraint matches behind its score. A pick's reasons: their ratings (or
 * that nobody rated them yet), what they bring to the mix that nobody else on it does (a home base, an expertise
 * area), then what they cost (codes {@code tradeOff.*}). The near misses are the best rated applicants not picked
 * (up to {@value #NEAR_MISSES}, best first), among equals those who would cost the selection least on one of its
 * weakest seats: each is tried on the {@value #WEAKEST} seats whose picks add least, and explained by what then
 * costs points on that seat, by the groups of the mix they belong to that already have their fair share of seats (their home base, and at most
 * {@value #FULL_GROUPS} others), and by ratings lower than the picks' mean.
 */
final class SelectionExplanation {

    static final int NEAR_MISSES = 10;
    private static final int WEIGHED_AREAS = 2;
    private static final int WEAKEST = 3;
    private static final int FULL_GROUPS = 2;

    private SelectionExplanation() {}

    static SelectionProposal of(SolverFactory<SelectionPlan> factory, SelectionPlan solved) {
        var plan = solved.copy();
        try (var scored = new ScoredSelection(factory, plan)) {
            var matches = scored.matches();
            var picks = plan.seats().stream()
                    .map(Seat::applicant)
                    .sorted(Comparator.comparingInt(Applicant::ratingTenths).reversed())
                    .map(a -> new SelectionPick(a.id(), pickReasons(a, matches)))
                    .toList();
            return new SelectionProposal(picks, nearMisses(scored, plan, matches), mix(plan));
        }
    }

    private static List<SelectionReason> pickReasons(Applicant applicant, List<Match> matches) {
        var brings = new ArrayList<SelectionReason>();
        var costs = new ArrayList<SelectionReason>();
        int areas = 0;
        for (var match : about(applicant, matches)) {
            var why = match.why();
            switch (why.code()) {
                case "rated", "notRated" -> brings.addFirst(reason(why.code(), why.arguments()));
                case "bringsHomeBase" -> {
                    if (why.seated() == 1) {
                        brings.add(reason(
                                why.group().applicants() == 1 ? "onlyApplicantFrom" : "bringsHomeBase",
                                why.arguments()));
                    }
                }
                case "addsArea" -> {
                    if (why.seated() == 1 && areas++ < WEIGHED_AREAS) {
                        brings.add(reason("addsArea", why.arguments()));
                    }
                }
                default -> costs.add(reason("tradeOff." + why.code(), why.arguments()));
            }
        }
        brings.addAll(costs);
        return brings;
    }

    private static List<SelectionPick> nearMisses(ScoredSelection scored, SelectionPlan plan, List<Match> matches) {
        var seated = new HashSet<Applicant>();
        plan.seats().forEach(s -> seated.add(s.applicant()));
        var weakest = plan.seats().stream()
                .sorted(Comparator.comparingDouble(seat -> adds(seat.applicant(), matches)))
                .limit(WEAKEST)
                .toList();
        var tried = new ArrayList<Tried>();
        for (var applicant : plan.applicants()) {
            if (seated.contains(applicant)) {
                continue;
            }
            Tried best = null;
            for (var seat : weakest) {
                var sitting = seat.applicant();
                scored.sit(seat, applicant);
                var score = scored.score();
                if (best == null || score.compareTo(best.score()) > 0) {
                    best = new Tried(applicant, seat, score);
                }
                scored.sit(seat, sitting);
            }
            tried.add(best);
        }
        var picks = List.copyOf(seated);
        var seats = seatsPerGroup(plan);
        return tried.stream()
                .sorted(Comparator.comparingInt((Tried t) -> t.applicant().ratingTenths())
                        .thenComparing(Tried::score)
                        .reversed())
                .limit(NEAR_MISSES)
                .map(t -> {
                    var sitting = t.seat().applicant();
                    scored.sit(t.seat(), t.applicant());
                    var reasons = missReasons(t.applicant(), scored.matches(), picks, seats);
                    scored.sit(t.seat(), sitting);
                    return new SelectionPick(t.applicant().id(), reasons);
                })
                .toList();
    }

    /** What a pick adds to the score: their own matches, and their part of their groups'. */
    private static double adds(Applicant applicant, List<Match> matches) {
        return about(applicant, matches).stream()
                .mapToDouble(m -> m.why().group() == null
                        ? m.score().softScore()
                        : (double) m.score().softScore() / Math.max(1, m.why().seated()))
                .sum();
    }

    private static List<SelectionReason> missReasons(
            Applicant applicant, List<Match> matches, List<Applicant> picks, Map<Group, Integer> seated) {
        var reasons = new ArrayList<SelectionReason>();
        for (var match : about(applicant, matches)) {
            var why = match.why();
            if (why.group() == null && match.score().softScore() < 0) {
                reasons.add(reason(why.code(), why.arguments()));
            }
        }
        int said = 0;
        for (var group : applicant.groups()) {
            int seats = seated.getOrDefault(group, 0);
            // A group whose fair share is every seat (everyone who applied is in it) explains nobody's miss.
            boolean full = seats > 0 && seats >= group.share() && group.share() < picks.size();
            if (full && (group.kind() == Group.Kind.HOME_BASE || said++ < FULL_GROUPS)) {
                var kind = group.kind() == Group.Kind.TENURE
                        ? "tenure." + group.key()
                        : group.kind().code();
                reasons.add(reason("alreadyHas." + kind, List.of(group.name(), String.valueOf(seats))));
            }
        }
        if (!applicant.rated()) {
            reasons.add(reason("notRated", List.of()));
        } else {
            lower("attitude", applicant.attitude(), picks.stream().mapToDouble(Applicant::attitude), reasons);
            lower("energy", applicant.energy(), picks.stream().mapToDouble(Applicant::energy), reasons);
        }
        if (reasons.stream().allMatch(r -> r.code().equals("notRated"))) {
            reasons.add(reason("seatsRanOut", List.of()));
        }
        return reasons;
    }

    private static void lower(
            String dimension, double theirs, java.util.stream.DoubleStream picks, List<SelectionReason> reasons) {
        double mean = picks.average().orElse(theirs);
        if (theirs < mean) {
            reasons.add(reason("ratedLower." + dimension, List.of(SelectionConstraints.oneDecimal(theirs))));
        }
    }

    /** Seats and applicants per home base, expertise area, level and tenure band; most seats first. */
    static SelectionMix mix(SelectionPlan plan) {
        var seats = seatsPerGroup(plan);
        return new SelectionMix(
                shares(plan, seats, Group.Kind.HOME_BASE),
                shares(plan, seats, Group.Kind.AREA),
                shares(plan, seats, Group.Kind.LEVEL),
                shares(plan, seats, Group.Kind.TENURE));
    }

    private static Map<Group, Integer> seatsPerGroup(SelectionPlan plan) {
        var seats = new HashMap<Group, Integer>();
        plan.seats().forEach(s -> s.applicant().groups().forEach(g -> seats.merge(g, 1, Integer::sum)));
        return seats;
    }

    private static List<SelectionMix.Share> shares(SelectionPlan plan, Map<Group, Integer> seats, Group.Kind kind) {
        return plan.groups().stream()
                .filter(g -> g.kind() == kind)
                .map(g -> new SelectionMix.Share(g.key(), seats.getOrDefault(g, 0), g.applicants()))
                .sorted(Comparator.comparingInt(SelectionMix.Share::seats)
                        .thenComparingInt(SelectionMix.Share::applicants)
                        .reversed())
                .toList();
    }

    private static List<Match> about(Applicant applicant, List<Match> matches) {
        return matches.stream().filter(m -> m.why().about(applicant)).toList();
    }

    private static SelectionReason reason(String code, List<String> arguments) {
        return new SelectionReason(code, arguments);
    }

    private record Tried(Applicant applicant, Seat seat, HardSoftScore score) {}
}
