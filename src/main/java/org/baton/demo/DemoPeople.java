package org.baton.demo;

import static org.baton.people.Expertise.Level.EXPERT;
import static org.baton.people.Expertise.Level.LEARNING;
import static org.baton.people.Expertise.Level.PRACTITIONER;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.baton.people.Expertise;
import org.baton.people.People;
import org.baton.people.PersonDetails;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Larkspur's twelve people, each with expertise, growth goals, availability and time zone, enrolled by name so
 * the rest of the demo can place them.
 */
@Component
class DemoPeople {

    private final People people;

    DemoPeople(People people) {
        this.people = people;
    }

    Map<String, PersonId> enrol(OrganizationId org) {
        var staff = new LinkedHashMap<String, PersonId>();
        enrol(
                org,
                staff,
                "Amara Okafor",
                "Europe/Berlin",
                32,
                List.of(expertise("Product discovery", EXPERT), expertise("User research", PRACTITIONER)),
                List.of("coach a first-time mission leader", "learn pricing"));
        enrol(
                org,
                staff,
                "Jonas Weber",
                "Europe/Berlin",
                40,
                List.of(expertise("Backend", EXPERT), expertise("Feature flags", PRACTITIONER)),
                List.of("lead a mission", "learn discovery"));
        enrol(
                org,
                staff,
                "Priya Raman",
                "Europe/London",
                36,
                List.of(expertise("Interaction design", EXPERT), expertise("User research", PRACTITIONER)),
                List.of("facilitate a consent decision"));
        enrol(
                org,
                staff,
                "Noor Haddad",
                "Europe/Berlin",
                40,
                List.of(expertise("Testing", PRACTITIONER), expertise("Frontend", LEARNING)),
                List.of("lead a mission", "learn discovery"));
        enrol(
                org,
                staff,
                "Lucas Moreau",
                "Europe/Paris",
                28,
                List.of(expertise("Product management", EXPERT), expertise("Scheduling domain", EXPERT)),
                List.of("hand over the scheduling area to a new lead", "mentor a product owner"));
        enrol(
                org,
                staff,
                "Mei Tanaka",
                "Asia/Tokyo",
                40,
                List.of(expertise("Frontend", EXPERT), expertise("Performance", PRACTITIONER)),
                List.of("learn data analysis", "become Lead Frontend"));
        enrol(
                org,
                staff,
                "Diego Alvarez",
                "America/Mexico_City",
                24,
                List.of(expertise("Data analysis", PRACTITIONER), expertise("SQL", EXPERT)),
                List.of("mentor someone in SQL", "learn pricing", "lead a mission again"));
        enrol(
                org,
                staff,
                "Hannah Kim",
                "America/Toronto",
                32,
                List.of(expertise("Customer support", EXPERT), expertise("Writing", PRACTITIONER)),
                List.of("lead a mission", "learn user research"));
        enrol(
                org,
                staff,
                "Sofia Lindqvist",
                "Europe/Stockholm",
                36,
                List.of(expertise("Payments", EXPERT), expertise("Compliance", PRACTITIONER)),
                List.of("step back from leading so others can lead", "mentor someone in payments"));
        enrol(
                org,
                staff,
                "Kwame Mensah",
                "Africa/Accra",
                40,
                List.of(expertise("Backend", PRACTITIONER), expertise("Security", LEARNING)),
                List.of("lead a mission", "learn security reviews"));
        enrol(
                org,
                staff,
                "Tomás Silva",
                "Europe/Lisbon",
                32,
                List.of(expertise("Infrastructure", EXPERT), expertise("Observability", EXPERT)),
                List.of("coach a team through its first quarter"));
        enrol(
                org,
                staff,
                "Erik Johansson",
                "Europe/Stockholm",
                20,
                List.of(expertise("Observability", PRACTITIONER), expertise("Backend", PRACTITIONER)),
                List.of("learn infrastructure as code", "mentor someone in backend"));
        return staff;
    }

    /**
     * Who guides whom, as the people would set it up: everyone has a steward (here the next person in the list;
     * an admin sets it up), Erik chooses Jonas as his mentor in infrastructure, and Priya reports to Amara.
     */
    void guide(OrganizationId org, Map<String, PersonId> staff) {
        var everyone = List.copyOf(staff.values());
        for (int i = 0; i < everyone.size(); i++) {
            people.chooseSteward(org, everyone.get(i), everyone.get((i + 1) % everyone.size()), null, null, true);
        }
        // Whoever else is there (the admin who set the organization up) is stewarded by the first of the staff.
        people.list(org, null, true, PageRequest.all()).items().stream()
                .filter(p -> !p.id().equals(everyone.getFirst()))
                .forEach(p -> people.chooseSteward(org, p.id(), everyone.getFirst(), null, null, true));
        var erik = staff.get("Erik Johansson");
        people.chooseMentor(org, erik, staff.get("Jonas Weber"), "Infrastructure", erik);
        people.reportTo(org, staff.get("Priya Raman"), staff.get("Amara Okafor"), null, null, true);
    }

    private void enrol(
            OrganizationId org,
            Map<String, PersonId> staff,
            String name,
            String timeZone,
            int hoursPerWeek,
            List<Expertise> expertise,
            List<String> growthGoals) {
        String email = emailOf(name);
        var person =
                people.enrol(org, new PersonDetails(name, email, expertise, growthGoals, hoursPerWeek, timeZone), null);
        staff.put(name, person.id());
    }

    private static Expertise expertise(String area, Expertise.Level level) {
        return new Expertise(area, level);
    }

    /** The ids of the named people, in the order named. */
    static List<PersonId> ids(Map<String, PersonId> staff, String... names) {
        return Arrays.stream(names).map(staff::get).toList();
    }

    /** The address each of Larkspur's people is enrolled with, by which the rest of the demo finds them later. */
    static String emailOf(String name) {
        return name.toLowerCase(Locale.ROOT).replace("á", "a").replace(' ', '.') + "@larkspur.example";
    }
}
