package org.baton.network.selection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.baton.network.SelectionMix;
import org.baton.network.SelectionProposal;
import org.baton.people.PersonId;

/**
 * Proposes coalitions from generated applicants, in-process, and prints how long each took and the mix it achieved.
 * Run by {@code bench/coalition.sh}; applicants come from a fixed seed, so two runs weigh the same problem.
 *
 * <p>Arguments: time limit in seconds (default 8), then pairs of applicants and seats (default 500 40 120 12).
 */
public final class CoalitionBenchmark {

    private static final List<String> HOME_BASES = List.of(
            "Payments", "Sales", "Northern Europe", "Design studio", "Platform", "Support", "Growth", "Finance");
    private static final List<String> AREAS = List.of(
            "Design",
            "Java",
            "Sales",
            "Finance",
            "Data",
            "Security",
            "Operations",
            "Marketing",
            "Legal",
            "Frontend",
            "Support",
            "Pricing");

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        var sizes = new ArrayList<int[]>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            sizes.add(new int[] {Integer.parseInt(args[i]), Integer.parseInt(args[i + 1])});
        }
        if (sizes.isEmpty()) {
            sizes.add(new int[] {500, 40});
            sizes.add(new int[] {120, 12});
        }
        var solver = new SelectionSolver(Duration.ofSeconds(seconds), Duration.ofSeconds(30));
        // A running server has loaded the solver's classes by its second proposal: so does a small first solve.
        long warming = System.nanoTime();
        solver.propose(4, applicants(40, new Random(1)));
        System.out.printf("warm-up %d ms (a small solve first: loads the solver's classes)%n", millis(warming));
        for (var size : sizes) {
            var applicants = applicants(size[0], new Random(2026));
            long started = System.nanoTime();
            var proposal = solver.propose(size[1], applicants);
            long took = millis(started);
            print(size[0], size[1], took, applicants, proposal);
        }
    }

    private static void print(
            int applicants, int seats, long took, List<ApplicantFacts> facts, SelectionProposal proposal) {
        System.out.printf("%n%d applicants, %d seats: %d ms (solve and explanations)%n", applicants, seats, took);
        var byPerson = new java.util.HashMap<PersonId, ApplicantFacts>();
        facts.forEach(f -> byPerson.put(f.personId(), f));
        var names = new java.util.HashMap<String, String>();
        facts.forEach(f -> names.put(f.homeBaseId(), f.homeBaseName()));
        var picked =
                proposal.seats().stream().map(p -> byPerson.get(p.personId())).toList();
        System.out.printf(
                "  seats filled %d, near misses %d; picks leading missions now %d (of %d applicants), "
                        + "on the centre %d (of %d); mean attitude %.2f, energy %.2f (applicants %.2f, %.2f)%n",
                proposal.seats().size(),
                proposal.nearMisses().size(),
                picked.stream().filter(f -> f.leadingNow() > 0).count(),
                facts.stream().filter(f -> f.leadingNow() > 0).count(),
                picked.stream().filter(ApplicantFacts::onCentre).count(),
                facts.stream().filter(ApplicantFacts::onCentre).count(),
                mean(picked, true),
                mean(picked, false),
                mean(facts, true),
                mean(facts, false));
        System.out.println("  home bases   " + shares(proposal.mix().homeBases(), names));
        System.out.println("  areas        " + shares(proposal.mix().areas(), java.util.Map.of()));
        System.out.println("  levels       " + shares(proposal.mix().levels(), java.util.Map.of()));
        System.out.println("  tenure       " + shares(proposal.mix().tenure(), java.util.Map.of()));
    }

    private static double mean(List<ApplicantFacts> facts, boolean attitude) {
        return facts.stream()
                .mapToDouble(f -> {
                    var value = attitude ? f.attitude() : f.energy();
                    return value == null ? Applicant.MIDDLE : value;
                })
                .average()
                .orElse(0);
    }

    private static String shares(List<SelectionMix.Share> shares, java.util.Map<String, String> names) {
        var out = new StringBuilder();
        for (var share : shares) {
            out.append(names.getOrDefault(share.key(), share.key()))
                    .append(' ')
                    .append(share.seats())
                    .append('/')
                    .append(share.applicants())
                    .append("  ");
        }
        return out.toString().strip();
    }

    private static long millis(long from) {
        return (System.nanoTime() - from) / 1_000_000;
    }

    /** A realistic crowd: uneven home bases, one to three areas, most unrated or middling, a few usual suspects. */
    static List<ApplicantFacts> applicants(int count, Random random) {
        var facts = new ArrayList<ApplicantFacts>(count);
        for (int i = 0; i < count; i++) {
            // Uneven home bases: the first ones are bigger.
            int base = Math.min(HOME_BASES.size() - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * 3));
            var areas = new ArrayList<String>();
            for (int a = 0; a < 1 + random.nextInt(3); a++) {
                var area = AREAS.get(random.nextInt(AREAS.size()));
                if (!areas.contains(area)) {
                    areas.add(area);
                }
            }
            boolean rated = random.nextInt(10) < 7;
            int leading = random.nextInt(10) < 1 ? 1 + random.nextInt(3) : 0;
            facts.add(new ApplicantFacts(
                    new UUID(3, i),
                    new PersonId(new UUID(1, i)),
                    rated ? 1 + random.nextInt(9) / 2.0 : null,
                    rated ? 1 + random.nextInt(9) / 2.0 : null,
                    new UUID(7, base).toString(),
                    HOME_BASES.get(base),
                    areas,
                    1 + Math.min(4, (int) Math.abs(random.nextGaussian() * 2)),
                    Tenure.values()[random.nextInt(3)],
                    leading,
                    random.nextInt(10) < 2 ? 1 + random.nextInt(3) : 0,
                    random.nextInt(10) < 1 ? 1 + random.nextInt(2) : 0,
                    random.nextInt(50) == 0,
                    random.nextInt(50) == 0));
        }
        return facts;
    }
}
