package org.baton.demo;

import static org.baton.people.Expertise.Level.EXPERT;
import static org.baton.people.Expertise.Level.LEARNING;
import static org.baton.people.Expertise.Level.PRACTITIONER;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baton.homebases.HomeBase;
import org.baton.homebases.HomeBaseContext;
import org.baton.homebases.HomeBaseDetails;
import org.baton.homebases.HomeBases;
import org.baton.missions.Mission;
import org.baton.missions.MissionDetails;
import org.baton.missions.Missions;
import org.baton.missions.Outcome;
import org.baton.people.Expertise;
import org.baton.people.People;
import org.baton.people.PersonDetails;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A made-up company, Larkspur, that sells booking and billing software to small clinics. Four home bases
 * around its customers' problems, twelve people, and six missions spread over the lifecycle: one active with
 * check-ins, one completed and one celebrated with lessons, one abandoned (it taught its home base too), one
 * staffing and one just proposed. Dates are relative to today, so the active mission is always mid-timebox.
 * {@link DemoCoherence} adds its values, principles, zones and decisions.
 */
@Service
class DemoOrganization {

    private final People people;
    private final HomeBases homeBases;
    private final Missions missions;
    private final DemoCoherence coherence;
    private final Clock clock;

    DemoOrganization(People people, HomeBases homeBases, Missions missions, DemoCoherence coherence, Clock clock) {
        this.people = people;
        this.homeBases = homeBases;
        this.missions = missions;
        this.coherence = coherence;
        this.clock = clock;
    }

    /**
     * Fills the organization with the demo unless it already has a home base. One transaction: a failure
     * half-way leaves nothing behind, so the next start tries again from a clean slate.
     *
     * @return whether the demo was added
     */
    @Transactional
    boolean fillIfEmpty(OrganizationId org) {
        if (!homeBases.all(org).isEmpty()) {
            return false;
        }
        var staff = enrolPeople(org);
        var bases = foundHomeBases(org, staff);
        launchMissions(org, staff, bases);
        coherence.fill(org, staff, bases);
        return true;
    }

    private Map<String, PersonId> enrolPeople(OrganizationId org) {
        var staff = new LinkedHashMap<String, PersonId>();
        enrol(
                org,
                staff,
                "Amara Okafor",
                "Europe/Berlin",
                80,
                List.of(expertise("Product discovery", EXPERT), expertise("User research", PRACTITIONER)),
                List.of("coach a first-time mission leader", "learn pricing"));
        enrol(
                org,
                staff,
                "Jonas Weber",
                "Europe/Berlin",
                100,
                List.of(expertise("Backend", EXPERT), expertise("Feature flags", PRACTITIONER)),
                List.of("lead a mission", "learn discovery"));
        enrol(
                org,
                staff,
                "Priya Raman",
                "Europe/London",
                90,
                List.of(expertise("Interaction design", EXPERT), expertise("User research", PRACTITIONER)),
                List.of("facilitate a consent decision"));
        enrol(
                org,
                staff,
                "Noor Haddad",
                "Europe/Berlin",
                100,
                List.of(expertise("Testing", PRACTITIONER), expertise("Frontend", LEARNING)),
                List.of("lead a mission", "learn discovery"));
        enrol(
                org,
                staff,
                "Lucas Moreau",
                "Europe/Paris",
                70,
                List.of(expertise("Product management", EXPERT), expertise("Scheduling domain", EXPERT)),
                List.of("hand over the scheduling area to a new lead", "mentor a product owner"));
        enrol(
                org,
                staff,
                "Mei Tanaka",
                "Asia/Tokyo",
                100,
                List.of(expertise("Frontend", EXPERT), expertise("Performance", PRACTITIONER)),
                List.of("learn data analysis", "become Lead Frontend"));
        enrol(
                org,
                staff,
                "Diego Alvarez",
                "America/Mexico_City",
                60,
                List.of(expertise("Data analysis", PRACTITIONER), expertise("SQL", EXPERT)),
                List.of("learn discovery", "lead a mission"));
        enrol(
                org,
                staff,
                "Hannah Kim",
                "America/Toronto",
                80,
                List.of(expertise("Customer support", EXPERT), expertise("Writing", PRACTITIONER)),
                List.of("lead a mission", "learn user research"));
        enrol(
                org,
                staff,
                "Sofia Lindqvist",
                "Europe/Stockholm",
                90,
                List.of(expertise("Payments", EXPERT), expertise("Compliance", PRACTITIONER)),
                List.of("step back from leading so others can lead", "mentor someone in payments"));
        enrol(
                org,
                staff,
                "Kwame Mensah",
                "Africa/Accra",
                100,
                List.of(expertise("Backend", PRACTITIONER), expertise("Security", LEARNING)),
                List.of("lead a mission", "learn security reviews"));
        enrol(
                org,
                staff,
                "Tomás Silva",
                "Europe/Lisbon",
                80,
                List.of(expertise("Infrastructure", EXPERT), expertise("Observability", EXPERT)),
                List.of("coach a team through its first quarter"));
        enrol(
                org,
                staff,
                "Erik Johansson",
                "Europe/Stockholm",
                50,
                List.of(expertise("Observability", PRACTITIONER), expertise("Backend", PRACTITIONER)),
                List.of("learn infrastructure as code", "mentor someone in backend"));
        return staff;
    }

    private Map<String, HomeBase> foundHomeBases(OrganizationId org, Map<String, PersonId> staff) {
        var bases = new LinkedHashMap<String, HomeBase>();
        bases.put(
                "Onboarding",
                found(
                        org,
                        new HomeBaseDetails(
                                "Onboarding",
                                "Get a newly signed clinic from contract to its first booked appointment without help from us.",
                                staff.get("Amara Okafor"),
                                ids(staff, "Amara Okafor", "Jonas Weber", "Priya Raman", "Noor Haddad"),
                                new HomeBaseContext(
                                        List.of(
                                                "Clinic owners who just signed",
                                                "Front-desk staff setting Larkspur up"),
                                        List.of(
                                                "Days from contract to first booked appointment",
                                                "Share of clinics active after 30 days"),
                                        List.of("Setup without a call with us", "Importing existing calendars"),
                                        "Four people; up to 2,000 € a month for tools and pilot incentives"))));
        bases.put(
                "Scheduling",
                found(
                        org,
                        new HomeBaseDetails(
                                "Scheduling",
                                "Make the daily calendar the one screen a front desk never has to fight with.",
                                staff.get("Lucas Moreau"),
                                ids(staff, "Lucas Moreau", "Mei Tanaka", "Diego Alvarez"),
                                new HomeBaseContext(
                                        List.of(
                                                "Front-desk staff",
                                                "Practitioners checking their day",
                                                "Patients booking online"),
                                        List.of("No-show rate", "Time to load the day view", "Bookings made online"),
                                        List.of("Fewer no-shows", "Speed of the day view on old office computers"),
                                        "Three people; no new paid services this quarter"))));
        bases.put(
                "Billing",
                found(
                        org,
                        new HomeBaseDetails(
                                "Billing",
                                "Clinics get paid for every appointment, and patients understand what they pay for.",
                                staff.get("Sofia Lindqvist"),
                                ids(staff, "Sofia Lindqvist", "Kwame Mensah", "Hannah Kim"),
                                new HomeBaseContext(
                                        List.of("Clinic owners and their bookkeepers", "Patients paying online"),
                                        List.of(
                                                "Failed card payments",
                                                "Days until an invoice is paid",
                                                "Billing support tickets"),
                                        List.of("Recover failed payments", "Invoices that pass an audit"),
                                        "Three people; payment provider fees must not rise"))));
        bases.put(
                "Platform",
                found(
                        org,
                        new HomeBaseDetails(
                                "Platform",
                                "Give the other home bases a fast, safe path to production and clear sight of what runs there.",
                                staff.get("Tomás Silva"),
                                ids(staff, "Tomás Silva", "Erik Johansson"),
                                new HomeBaseContext(
                                        List.of(
                                                "The other home bases' engineers",
                                                "Clinics, indirectly, through uptime"),
                                        List.of(
                                                "Minutes of downtime per deploy",
                                                "Time from merge to production",
                                                "Uptime"),
                                        List.of("Deploys nobody notices", "Alerts that point at the cause"),
                                        "Two people; hosting bill within 4,000 € a month"))));
        return bases;
    }

    private void launchMissions(OrganizationId org, Map<String, PersonId> staff, Map<String, HomeBase> bases) {
        LocalDate today = LocalDate.now(clock);

        // Active, led by the newest hire: anyone can lead a mission.
        var firstSession = propose(
                org,
                new MissionDetails(
                        "Setup in the first session",
                        bases.get("Onboarding").id(),
                        staff.get("Noor Haddad"),
                        ids(staff, "Noor Haddad", "Jonas Weber", "Priya Raman", "Hannah Kim", "Diego Alvarez"),
                        new Outcome("Activation time", new BigDecimal("118"), new BigDecimal("10"), "days"),
                        List.of(
                                "Half of new clinics finish setup in their first session",
                                "Setup questions to support do not rise while the pilot runs"),
                        today.minusWeeks(3),
                        today.plusWeeks(3),
                        List.of(
                                "Use the existing feature-flag system for every change",
                                "Leave the billing flow untouched"),
                        List.of(
                                "UX decisions in the setup flow",
                                "Technical decisions in the setup flow",
                                "Which clinics join the pilot")));
        firstSession = runUntilActive(org, firstSession);
        missions.checkIn(
                org,
                firstSession.id(),
                staff.get("Noor Haddad"),
                new BigDecimal("118"),
                55,
                "Baseline confirmed from last quarter's sign-ups; most time is lost waiting for a call with us.");
        missions.checkIn(
                org,
                firstSession.id(),
                staff.get("Jonas Weber"),
                new BigDecimal("74"),
                60,
                "Calendar import from spreadsheets is live for the ten pilot clinics.");
        missions.checkIn(
                org,
                firstSession.id(),
                staff.get("Noor Haddad"),
                new BigDecimal("41"),
                70,
                "Guided setup replaced the kickoff call for pilot clinics; support saw no extra tickets.");

        // Completed with its lessons, which now sit in Billing's memory.
        var retries = propose(
                org,
                new MissionDetails(
                        "Fewer failed card payments",
                        bases.get("Billing").id(),
                        staff.get("Kwame Mensah"),
                        ids(staff, "Kwame Mensah", "Sofia Lindqvist", "Diego Alvarez"),
                        new Outcome("Failed card payments", new BigDecimal("6.5"), new BigDecimal("2"), "%"),
                        List.of("Fewer than 2 in 100 card payments fail at month end", "No patient is charged twice"),
                        today.minusWeeks(14),
                        today.minusWeeks(8),
                        List.of("Stay with the current payment provider"),
                        List.of("Retry schedule and wording of payment emails")));
        retries = runUntilActive(org, retries);
        missions.checkIn(
                org,
                retries.id(),
                staff.get("Kwame Mensah"),
                new BigDecimal("4.8"),
                65,
                "Retrying after the bank's usual settlement time already helps.");
        missions.checkIn(
                org,
                retries.id(),
                staff.get("Kwame Mensah"),
                new BigDecimal("1.9"),
                85,
                "Card-update reminders before the expiry date closed most of the gap.");
        missions.complete(
                org,
                retries.id(),
                null,
                List.of(
                        "Retrying on the bank's settlement schedule recovered more payments than retrying sooner.",
                        "Reading support tickets first showed us which failures patients actually noticed."),
                retries.leaderId());

        // Completed and celebrated.
        var dayView = propose(
                org,
                new MissionDetails(
                        "A day view that opens in a second",
                        bases.get("Scheduling").id(),
                        staff.get("Mei Tanaka"),
                        ids(staff, "Mei Tanaka", "Erik Johansson", "Diego Alvarez"),
                        new Outcome(
                                "Day view load time (95th percentile)",
                                new BigDecimal("3.2"),
                                new BigDecimal("1"),
                                "seconds"),
                        List.of("The day view opens within a second on the oldest supported office computer"),
                        today.minusWeeks(20),
                        today.minusWeeks(14),
                        List.of("No change to how appointments are stored"),
                        List.of("Frontend architecture of the day view", "What the day view loads first")));
        dayView = runUntilActive(org, dayView);
        missions.checkIn(
                org,
                dayView.id(),
                staff.get("Mei Tanaka"),
                new BigDecimal("0.9"),
                90,
                "Loading the visible hours first did most of the work.");
        dayView = missions.complete(
                org,
                dayView.id(),
                null,
                List.of(
                        "Measure on the clinics' own computers: our laptops hid the problem.",
                        "Pairing with Platform on tracing found the slow query within a day."),
                dayView.leaderId());
        missions.celebrate(org, dayView.id(), null, dayView.leaderId());

        // Abandoned: it still left a lesson in Onboarding's memory.
        var videos = propose(
                org,
                new MissionDetails(
                        "Video tutorials for setup",
                        bases.get("Onboarding").id(),
                        staff.get("Priya Raman"),
                        ids(staff, "Priya Raman", "Amara Okafor"),
                        new Outcome(
                                "Clinics finishing setup without a call",
                                new BigDecimal("12"),
                                new BigDecimal("40"),
                                "%"),
                        List.of("Most new clinics watch at least one tutorial"),
                        today.minusWeeks(30),
                        today.minusWeeks(26),
                        List.of("Videos under three minutes each"),
                        List.of("Content and tone of the tutorials")));
        videos = runUntilActive(org, videos);
        missions.abandon(
                org,
                videos.id(),
                null,
                List.of(
                        "Front desks have no time for videos during opening hours; help has to sit inside the setup screens."),
                videos.leaderId());

        // Staffing: looking for a leader and a team.
        var reminders = propose(
                org,
                new MissionDetails(
                        "Reminders patients answer",
                        bases.get("Scheduling").id(),
                        null,
                        ids(staff, "Hannah Kim"),
                        new Outcome("No-show rate", new BigDecimal("14"), new BigDecimal("8"), "%"),
                        List.of("Patients can confirm or move an appointment straight from the reminder"),
                        today.plusWeeks(2),
                        today.plusWeeks(8),
                        List.of("Text messages cost at most 0.05 € each", "Patients opt in to texts"),
                        List.of("Wording and timing of reminders", "Choice of text-message provider")));
        missions.startStaffing(
                org, reminders.id(), null, bases.get("Scheduling").leaderId());

        // Just proposed.
        propose(
                org,
                new MissionDetails(
                        "Deploys nobody notices",
                        bases.get("Platform").id(),
                        staff.get("Erik Johansson"),
                        ids(staff, "Erik Johansson", "Tomás Silva"),
                        new Outcome("Downtime per deploy", new BigDecimal("20"), new BigDecimal("0"), "minutes"),
                        List.of("A month of daily deploys without a maintenance window"),
                        today.plusWeeks(4),
                        today.plusWeeks(10),
                        List.of("Keep the current hosting provider"),
                        List.of("Deployment pipeline and database migration practice")));
    }

    private Mission runUntilActive(OrganizationId org, Mission mission) {
        missions.startStaffing(org, mission.id(), null, mission.leaderId());
        return missions.activate(org, mission.id(), null, mission.leaderId());
    }

    /** Each demo home base is founded by its leader. */
    private HomeBase found(OrganizationId org, HomeBaseDetails details) {
        return homeBases.found(org, details, details.leaderId());
    }

    /** Each demo mission is proposed by its leader, or by its home base's leader while it has none. */
    private Mission propose(OrganizationId org, MissionDetails details) {
        var by = details.leaderId() != null
                ? details.leaderId()
                : homeBases.get(org, details.homeBaseId()).leaderId();
        return missions.propose(org, details, by);
    }

    private void enrol(
            OrganizationId org,
            Map<String, PersonId> staff,
            String name,
            String timeZone,
            int availability,
            List<Expertise> expertise,
            List<String> growthGoals) {
        String email =
                name.toLowerCase(java.util.Locale.ROOT).replace("á", "a").replace(' ', '.') + "@larkspur.example";
        var person =
                people.enrol(org, new PersonDetails(name, email, expertise, growthGoals, availability, timeZone), null);
        staff.put(name, person.id());
    }

    private static Expertise expertise(String area, Expertise.Level level) {
        return new Expertise(area, level);
    }

    private static List<PersonId> ids(Map<String, PersonId> staff, String... names) {
        return java.util.Arrays.stream(names).map(staff::get).toList();
    }
}
