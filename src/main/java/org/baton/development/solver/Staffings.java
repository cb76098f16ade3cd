package org.baton.development.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.baton.development.Alternative;
import org.baton.development.Pick;
import org.baton.development.Reason;
import org.baton.development.solver.ScoredPlan.Match;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;

/**
 * A solved staffing and its explanations, both read from the constraint matches behind the score. Each pick's
 * reasons are the matches that speak of its seat: what it brings first, then what it costs. Each seat's
 * alternatives (up to {@value #ALTERNATIVES}, best first) are what {@code recommendAssignment} would give, done
 * the same way by hand: on a copy of the seat's mission with the seat emptied, each of the few best of its
 * shortlist nobody was picked for is put on it in turn and scored; they rank by score, and their reasons are the
 * matches that then speak of the seat. A copy per mission keeps this quick for hundreds of seats; the other
 * missions do not change the score of people nobody picked. Someone who would break a hard rule there is no
 * alternative; someone of whom no other constraint says anything is shown with the free hours the hours rule found.
 * The same copy gives each mission its own score, and its concerns: the matches that speak of no seat (a needed
 * area nobody on it covers), with anyone the whole solve gives more hours than they have. A leader who does not
 * want to lead is told why they lead all the same.
 */
public final class Staffings {

    /** Alternatives shown for a seat, at most. */
    public static final int ALTERNATIVES = 3;

    private static final int WEIGHED = 2 * ALTERNATIVES;

    private final StaffingPlan solved;
    private final SolverFactory<StaffingPlan> factory;
    private final Map<String, List<Reason>> reasons = new HashMap<>();
    private final Set<Candidate> picked = new HashSet<>();
    private final Map<MissionId, List<Reason>> concerns = new HashMap<>();

    Staffings(StaffingPlan solved, SolverFactory<StaffingPlan> factory) {
        this.solved = solved;
        this.factory = factory;
        solved.seats().stream().filter(s -> s.person() != null).forEach(s -> picked.add(s.person()));
        try (var scored = new ScoredPlan(factory, solved)) {
            var bySeat = new HashMap<String, List<Match>>();
            for (var match : scored.matches()) {
                match.why().seats().forEach(s -> bySeat.computeIfAbsent(s.id(), k -> new ArrayList<>())
                        .add(match));
            }
            for (var seat : solved.seats()) {
                if (seat.person() != null) {
                    reasons.put(seat.id(), reasonsAbout(seat, bySeat.getOrDefault(seat.id(), List.of())));
                }
            }
        }
        overAllocated();
        whyTheyLead();
        solved.seats().stream()
                .filter(seat -> seat.person() != null)
                .forEach(seat -> reasons.compute(seat.id(), (k, said) -> orTheirHours(seat.person(), said)));
    }

    /**
     * Someone given more hours than they have across the missions solved together: a concern of each of those
     * missions, and a reason on each of their picks (the hours rule matches the person, not a seat).
     */
    private void overAllocated() {
        seatsByPerson().values().forEach(seats -> {
            var person = seats.getFirst().person();
            int hours = seats.stream().mapToInt(Seat::hours).sum();
            if (hours > person.freeHours()) {
                var concern = new Reason(
                        "tradeOff.overAllocated", List.of(String.valueOf(hours), String.valueOf(person.freeHours())));
                for (var seat : seats) {
                    concerns.computeIfAbsent(seat.missionId(), k -> new ArrayList<>())
                            .add(concern);
                    reasons.compute(seat.id(), (k, said) -> with(said, concern, false));
                }
            }
        });
    }

    /**
     * A leader who does not want to lead is there for a reason no constraint gives them: nobody else with the hours
     * for the mission wants to lead, or all who do are proposed to lead other missions of this solve (one person
     * leads one mission of a solve when someone else can). Said first among their reasons.
     */
    private void whyTheyLead() {
        var leading = new HashSet<Candidate>();
        solved.seats().stream().filter(s -> s.leads() && s.person() != null).forEach(s -> leading.add(s.person()));
        for (var seat : solved.seats()) {
            if (!seat.leads() || seat.person() == null || seat.person().wantsToLead()) {
                continue;
            }
            var wanting = seat.shortlist().stream()
                    .filter(c -> c.wantsToLead() && !c.equals(seat.person()))
                    .toList();
            Reason why = null;
            if (wanting.isEmpty()) {
                why = new Reason("nobodyWantsToLead", List.of());
            } else if (leading.containsAll(wanting)) {
                why = new Reason("othersLeadElsewhere", List.of(String.valueOf(wanting.size())));
            }
            if (why != null) {
                var reason = why;
                reasons.compute(seat.id(), (k, said) -> with(said, reason, true));
            }
        }
    }

    private static List<Reason> with(List<Reason> said, Reason reason, boolean first) {
        var all = new ArrayList<Reason>(said == null ? List.of() : said);
        if (!all.contains(reason)) {
            all.add(first ? 0 : all.size(), reason);
        }
        return List.copyOf(all);
    }

    public HardMediumSoftScore score() {
        return solved.score();
    }

    /** How many seats have someone on them. */
    public long seatsFilled() {
        return solved.seats().stream().filter(s -> s.person() != null).count();
    }

    public int seats() {
        return solved.seats().size();
    }

    /** The filled seats of each person, for checks that span missions. */
    public Map<PersonId, List<Seat>> seatsByPerson() {
        var byPerson = new HashMap<PersonId, List<Seat>>();
        solved.seats().stream().filter(s -> s.person() != null).forEach(s -> byPerson.computeIfAbsent(
                        s.person().id(), k -> new ArrayList<>())
                .add(s));
        return byPerson;
    }

    /**
     * A mission's staffing: its leader (null when nobody could lead it), members and alternatives, the score of its
     * own seats, and what concerns the mission as a whole (a needed area nobody on it covers, someone given more
     * hours than they have).
     */
    public record Staffed(
            Pick leader,
            List<Pick> members,
            List<Alternative> alternatives,
            HardMediumSoftScore score,
            List<Reason> concerns) {}

    /** Who sits where on {@code mission}, why, who else could, and the score of its seats alone. */
    public Staffed of(MissionId mission) {
        var seats = solved.seats().stream()
                .filter(s -> s.missionId().equals(mission))
                .toList();
        Pick leader = null;
        var members = new ArrayList<Pick>();
        var names = new HashMap<Seat, String>();
        for (var seat : seats) {
            if (seat.person() == null) {
                continue;
            }
            var pick = new Pick(seat.person().id(), reasons.get(seat.id()));
            if (seat.leads()) {
                leader = pick;
                names.put(seat, "leader");
            } else {
                members.add(pick);
                names.put(seat, "member-" + members.size());
            }
        }
        var concerns = new ArrayList<Reason>();
        if (seats.isEmpty()) {
            return new Staffed(leader, members, List.of(), HardMediumSoftScore.ZERO, concerns);
        }
        // The mission's seats alone, on a copy: its score, its own concerns, and each seat tried with others. At
        // most WEIGHED scorings a seat, so a solve of MAX_SEATS seats weighs at most 6 x 2,000 = 12,000 plans of
        // one mission each.
        var copies = seats.stream().map(s -> s.copy(s.shortlist(), s.person())).toList();
        var alternatives = new ArrayList<Alternative>();
        HardMediumSoftScore score;
        try (var scored = new ScoredPlan(
                factory, new StaffingPlan(List.of(seats.getFirst().opening()), copies))) {
            score = scored.score();
            scored.matches().stream()
                    .filter(m -> m.why().seats().isEmpty() && !m.why().code().equals("tradeOff.overAllocated"))
                    .map(m -> m.why().reason())
                    .forEach(concerns::add);
            for (int i = 0; i < seats.size(); i++) {
                var seat = seats.get(i);
                if (seat.person() != null) {
                    alternatives.addAll(alternativesFor(scored, copies.get(i), names.get(seat)));
                }
            }
        }
        concerns.addAll(this.concerns.getOrDefault(mission, List.of()));
        return new Staffed(
                leader,
                members,
                alternatives,
                score,
                concerns.stream().distinct().toList());
    }

    private List<Alternative> alternativesFor(ScoredPlan scored, Seat seat, String name) {
        var sitting = seat.person();
        var tried = new ArrayList<Tried>();
        seat.shortlist().stream()
                .filter(c -> !picked.contains(c))
                .limit(WEIGHED)
                .forEach(other -> {
                    scored.sit(seat, other);
                    tried.add(new Tried(other, scored.score(), reasonsAbout(seat, scored.matches())));
                });
        scored.sit(seat, sitting);
        return tried.stream()
                .filter(t -> t.score().hardScore() == 0)
                .sorted(Comparator.comparing(Tried::score).reversed())
                .limit(ALTERNATIVES)
                .map(t -> new Alternative(name, t.person().id(), sitting.id(), orTheirHours(t.person(), t.reasons())))
                .toList();
    }

    /**
     * The reasons given for someone on a seat; when none says what they bring (only what they cost, or nothing),
     * what the hours rule found comes first: that they have the hours for the seat.
     */
    private static List<Reason> orTheirHours(Candidate person, List<Reason> said) {
        var reasons = said == null ? List.<Reason>of() : said;
        if (reasons.stream().anyMatch(r -> !r.code().startsWith("tradeOff."))) {
            return reasons;
        }
        return with(reasons, new Reason("freeHours", List.of(String.valueOf(person.freeHours()))), true);
    }

    private record Tried(Candidate person, HardMediumSoftScore score, List<Reason> reasons) {}

    /** The reasons among {@code matches} that speak of the seat: what it brings first, then what it costs. */
    private static List<Reason> reasonsAbout(Seat seat, List<Match> matches) {
        return matches.stream()
                .filter(m -> m.why().about(seat))
                .sorted(Comparator.comparing(Match::score).reversed())
                .map(m -> m.why().reason())
                .distinct()
                .toList();
    }
}
