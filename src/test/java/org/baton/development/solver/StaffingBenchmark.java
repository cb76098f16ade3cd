package org.baton.development.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.Expertise.Level;
import org.baton.people.PersonId;

/**
 * Staffs many missions together over a large generated organization, in-process, and prints how long it took and
 * how good the staffing is. Run by {@code bench/staffing.sh}; people and missions come from a fixed seed, so two
 * runs weigh the same problem.
 *
 * <p>Arguments: people (default 10000), missions (default 200), time limit in seconds (default 8).
 */
public final class StaffingBenchmark {

    private static final List<String> AREAS = List.of(
            "SQL",
            "Product discovery",
            "UX research",
            "Java",
            "Data engineering",
            "Pricing",
            "Security",
            "Frontend",
            "Mobile",
            "Marketing",
            "Analytics",
            "Operations");

    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int missions = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        var random = new Random(2026);
        var candidates = candidates(people, random);
        var openings = openings(missions, random);

        // A running server has loaded the solver's classes by its second proposal: so does a small first solve.
        long warming = System.nanoTime();
        var small = openings(2, new Random(1));
        new StaffingSolver(Duration.ofSeconds(seconds))
                .solve(StaffingSolver.plan(small, candidates.subList(0, 200)))
                .of(small.getFirst().id());
        long warmedUp = System.nanoTime();

        long started = System.nanoTime();
        var plan = StaffingSolver.plan(openings, candidates);
        long planned = System.nanoTime();
        var staffings = new StaffingSolver(Duration.ofSeconds(seconds)).solve(plan);
        long solved = System.nanoTime();
        int alternatives = 0;
        for (var opening : openings) {
            alternatives += staffings.of(opening.id()).alternatives().size();
        }
        long explained = System.nanoTime();

        var overAllocated = staffings.seatsByPerson().values().stream()
                .filter(seats -> seats.stream().mapToInt(Seat::hours).sum()
                        > seats.getFirst().person().freeHours())
                .count();
        System.out.printf("people %d, missions %d, seats %d%n", people, missions, staffings.seats());
        System.out.printf(
                "warm-up        %6d ms (a small solve first: loads the solver's classes)%n", millis(warming, warmedUp));
        System.out.printf("shortlists     %6d ms%n", millis(started, planned));
        System.out.printf("solve          %6d ms (solver and pick reasons)%n", millis(planned, solved));
        System.out.printf("alternatives   %6d ms (%d alternatives)%n", millis(solved, explained), alternatives);
        System.out.printf("total          %6d ms%n", millis(started, explained));
        System.out.printf("score          %s%n", staffings.score());
        System.out.printf("seats filled   %d of %d%n", staffings.seatsFilled(), staffings.seats());
        System.out.printf(
                "hard score     %d (0 = nobody over-allocated; %d people over their hours)%n",
                staffings.score().hardScore(), overAllocated);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** A realistic mix: a few areas each, more practitioners than experts, some who want to lead or learn. */
    static List<Candidate> candidates(int count, Random random) {
        var homeBases = new ArrayList<HomeBaseId>();
        for (int i = 0; i < Math.max(1, count / 250); i++) {
            homeBases.add(new HomeBaseId(new UUID(7, i)));
        }
        var candidates = new ArrayList<Candidate>(count);
        for (int i = 0; i < count; i++) {
            var expertise = new HashMap<String, Level>();
            String strongest = null;
            int areas = random.nextInt(4);
            for (int a = 0; a < areas; a++) {
                var area = AREAS.get(random.nextInt(AREAS.size()));
                var level = Level.values()[weighted(random, 3, 5, 2)];
                if (expertise.putIfAbsent(NeededArea.key(area), level) == null
                        && (strongest == null || level.compareTo(expertise.get(NeededArea.key(strongest))) > 0)) {
                    strongest = area;
                }
            }
            var learns = new HashSet<String>();
            if (random.nextInt(10) < 3) {
                learns.add(NeededArea.key(AREAS.get(random.nextInt(AREAS.size()))));
            }
            int led = random.nextInt(10) < 8 ? 0 : 1 + random.nextInt(5);
            int lastYear = led == 0 ? 0 : random.nextInt(Math.min(led, 3) + 1);
            candidates.add(new Candidate(
                    new PersonId(new UUID(1, i)),
                    homeBases.get(random.nextInt(homeBases.size())),
                    expertise,
                    strongest,
                    random.nextInt(100) < 15,
                    learns,
                    new int[] {0, 4, 8, 8, 8, 12, 16, 16, 24, 40}[random.nextInt(10)],
                    led,
                    lastYear,
                    false,
                    led == 0 ? 0 : random.nextInt(2),
                    random.nextInt(10) < 1 ? 1 + random.nextInt(3) : 0));
        }
        return candidates;
    }

    static List<Opening> openings(int count, Random random) {
        var openings = new ArrayList<Opening>(count);
        for (int i = 0; i < count; i++) {
            var id = new MissionId(new UUID(2, i));
            var needs = new ArrayList<NeededArea>();
            var areas = new HashSet<String>();
            int needed = 1 + random.nextInt(3);
            while (areas.size() < needed) {
                areas.add(AREAS.get(random.nextInt(AREAS.size())));
            }
            areas.stream()
                    .sorted()
                    .forEach(area -> needs.add(new NeededArea(id, area, Level.values()[1 + random.nextInt(2)])));
            openings.add(new Opening(id, needs, 4 + 2 * random.nextInt(3), 3 + random.nextInt(5)));
        }
        return openings;
    }

    private static int weighted(Random random, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private StaffingBenchmark() {}
}
