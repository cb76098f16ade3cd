package org.baton.demo;

import static org.baton.demo.DemoPeople.ids;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.baton.homebases.HomeBase;
import org.baton.homebases.HomeBases;
import org.baton.missions.Mission;
import org.baton.missions.MissionDetails;
import org.baton.missions.MissionNeeds;
import org.baton.missions.Missions;
import org.baton.missions.Outcome;
import org.baton.people.Expertise;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.stereotype.Component;

/**
 * Six of Larkspur's missions spread over the lifecycle: one active with check-ins, one completed and one
 * celebrated with lessons (both led by Diego, the SQL expert), one abandoned (it taught its home base too), one
 * staffing and one just proposed. Each says what it needs. ({@link DemoStaffing} adds a seventh, for staffing.)
 * Dates are relative to today, so the active mission is always mid-timebox.
 */
@Component
class DemoMissions {

    private final Missions missions;
    private final HomeBases homeBases;
    private final Clock clock;

    DemoMissions(Missions missions, HomeBases homeBases, Clock clock) {
        this.missions = missions;
        this.homeBases = homeBases;
        this.clock = clock;
    }

    void launch(OrganizationId org, Map<String, PersonId> staff, Map<String, HomeBase> bases) {
        LocalDate today = LocalDate.now(clock);
        activeWithCheckIns(org, staff, bases, today);
        abandonedWithALesson(org, staff, bases, today);
        // Diego's two missions are the last to start, so he led the organization's two latest missions.
        completedWithLessons(org, staff, bases, today);
        completedAndCelebrated(org, staff, bases, today);
        staffing(org, staff, bases, today);
        justProposed(org, staff, bases, today);
    }

    /** Active, led by the newest hire: anyone can lead a mission. */
    private void activeWithCheckIns(
            OrganizationId org, Map<String, PersonId> staff, Map<String, HomeBase> bases, LocalDate today) {
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
                                "Which clinics join the pilot"),
                        needs(5, 8, "Interaction design: EXPERT", "Backend: PRACTITIONER", "Testing: PRACTITIONER")));
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
    }

    /** Completed with its lessons, which now sit in Billing's memory. */
    private void completedWithLessons(
            OrganizationId org, Map<String, PersonId> staff, Map<String, HomeBase> bases, LocalDate today) {
        var retries = propose(
                org,
                new MissionDetails(
                        "Fewer failed card payments",
                        bases.get("Billing").id(),
                        staff.get("Diego Alvarez"),
                        ids(staff, "Diego Alvarez", "Kwame Mensah", "Sofia Lindqvist"),
                        new Outcome("Failed card payments", new BigDecimal("6.5"), new BigDecimal("2"), "%"),
                        List.of("Fewer than 2 in 100 card payments fail at month end", "No patient is charged twice"),
                        today.minusWeeks(14),
                        today.minusWeeks(8),
                        List.of("Stay with the current payment provider"),
                        List.of("Retry schedule and wording of payment emails"),
                        needs(3, 6, "Payments: EXPERT", "SQL: EXPERT", "Data analysis: PRACTITIONER")));
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
    }

    /** Completed and celebrated. */
    private void completedAndCelebrated(
            OrganizationId org, Map<String, PersonId> staff, Map<String, HomeBase> bases, LocalDate today) {
        var dayView = propose(
                org,
                new MissionDetails(
                        "A day view that opens in a second",
                        bases.get("Scheduling").id(),
                        staff.get("Diego Alvarez"),
                        ids(staff, "Diego Alvarez", "Mei Tanaka", "Erik Johansson"),
                        new Outcome(
                                "Day view load time (95th percentile)",
                                new BigDecimal("3.2"),
                                new BigDecimal("1"),
                                "seconds"),
                        List.of("The day view opens within a second on the oldest supported office computer"),
                        today.minusWeeks(20),
                        today.minusWeeks(14),
                        List.of("No change to how appointments are stored"),
                        List.of("Frontend architecture of the day view", "What the day view loads first"),
                        needs(3, 10, "Frontend: EXPERT", "Performance: PRACTITIONER", "SQL: EXPERT")));
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
    }

    /** Abandoned: it still left a lesson in Onboarding's memory. */
    private void abandonedWithALesson(
            OrganizationId org, Map<String, PersonId> staff, Map<String, HomeBase> bases, LocalDate today) {
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
                        List.of("Content and tone of the tutorials"),
                        needs(2, 4, "Writing: PRACTITIONER", "User research: PRACTITIONER")));
        videos = runUntilActive(org, videos);
        missions.abandon(
                org,
                videos.id(),
                null,
                List.of(
                        "Front desks have no time for videos during opening hours; help has to sit inside the setup screens."),
                videos.leaderId());
    }

    /** Staffing: looking for a leader and a team. */
    private void staffing(
            OrganizationId org, Map<String, PersonId> staff, Map<String, HomeBase> bases, LocalDate today) {
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
                        List.of("Wording and timing of reminders", "Choice of text-message provider"),
                        needs(
                                4,
                                6,
                                "Customer support: PRACTITIONER",
                                "Backend: PRACTITIONER",
                                "Writing: PRACTITIONER")));
        missions.startStaffing(
                org, reminders.id(), null, bases.get("Scheduling").leaderId());
    }

    /** Just proposed. */
    private void justProposed(
            OrganizationId org, Map<String, PersonId> staff, Map<String, HomeBase> bases, LocalDate today) {
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
                        List.of("Deployment pipeline and database migration practice"),
                        needs(2, 8, "Infrastructure: EXPERT", "Observability: PRACTITIONER")));
    }

    /** What a mission needs: how many people, the hours a week each gives, and expertise as "Area: LEVEL". */
    static MissionNeeds needs(int size, int hoursPerWeek, String... expertise) {
        return new MissionNeeds(Arrays.stream(expertise).map(Expertise::parse).toList(), size, hoursPerWeek);
    }

    private Mission runUntilActive(OrganizationId org, Mission mission) {
        missions.startStaffing(org, mission.id(), null, mission.leaderId());
        return missions.activate(org, mission.id(), null, mission.leaderId());
    }

    /** Each demo mission is proposed by its leader, or by its home base's leader while it has none. */
    private Mission propose(OrganizationId org, MissionDetails details) {
        var by = details.leaderId() != null
                ? details.leaderId()
                : homeBases.get(org, details.homeBaseId()).leaderId();
        return missions.propose(org, details, by);
    }
}
