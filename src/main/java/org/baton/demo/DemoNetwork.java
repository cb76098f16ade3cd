package org.baton.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.baton.network.Coalition;
import org.baton.network.CoalitionApplicationText;
import org.baton.network.CoalitionCallTerms;
import org.baton.network.LeadershipTeam;
import org.baton.network.Opportunity;
import org.baton.network.UrgencyGroup;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.stereotype.Service;

/**
 * Larkspur's leadership network beside its hierarchy: Amara, as admin, names a leadership team of the three
 * senior people; Priya proposes the big opportunity statement and the others consent; seven volunteers join the
 * urgency group and log conversations; the team opens a call for the guiding coalition, eight people apply, the
 * panel rates them, closes the call early, asks Baton for a selection and adopts it by consent. The statement is
 * adopted and the coalition formed once those decisions are made; what follows from them ({@link DemoWins}) comes
 * after.
 */
@Service
class DemoNetwork {

    /** Amara names the leadership team as Larkspur's admin. */
    private static final boolean ADMIN = true;

    /** The demo's statement, by which {@link DemoWins} knows the adoption it follows. */
    static final String STATEMENT =
            """
            Small clinics run on their front desk. One person answers the phone, books the day, takes payments \
            and chases the patients who did not come, and most of the software they are sold was built for \
            hospitals and trimmed down. Clinics tell us the same thing in every visit: they lose an hour a day to \
            tools that do not talk to each other, and a tenth of their appointments to patients who forget.

            That is our opportunity. There are more than forty thousand independent clinics in the markets we \
            already serve, and fewer than one in ten uses software made for a clinic of their size. The ones who \
            do stay for years and bring their neighbours. A clinic that can set Larkspur up in one sitting, book \
            without thinking, and get paid without chasing anyone gets its evenings back, and tells the next \
            clinic down the street.

            The window is open now and will not stay open. The large practice-management vendors have begun to \
            sell cut-down editions to small clinics, and payment providers are starting to bundle booking for \
            free. If we are the obvious choice for the small clinic within the next two years, we will be hard to \
            dislodge; if we are not, we will be one more tool on an already crowded desk.

            Winning this is not one team's project. It asks every home base to measure itself by the clinic's \
            working day: setup in the first session, a day view that never makes anyone wait, reminders patients \
            answer, invoices that arrive before payroll. Anyone at Larkspur who sees a way to give a front desk \
            back an hour is working on the opportunity, and is invited to help lead it.""";

    private static final String RATIONALE =
            "We keep starting good work in every home base without saying what it adds up to. Clinics' own words from"
                    + " last quarter's visits and the market numbers from the pricing review say the same thing: the"
                    + " small clinic is ours to win, and only for a while.";

    /** The criteria of the demo's call, by which {@link DemoWins} knows the coalition it follows. */
    static final String CRITERIA =
            "People from every home base and every level who want to spend a few hours a week turning the big"
                    + " opportunity into 90-day wins clinics notice. Willingness matters more than seniority.";

    /** Eight applications with their own reasons; the panel's ratings of attitude and energy, 1 to 5. */
    private static final List<Applicant> APPLICANTS = List.of(
            Applicant.of(
                    "Hannah Kim",
                    5,
                    5,
                    "Support hears every day where clinics get stuck. I want those stories to decide what we start.",
                    "Two afternoons a week, and every support call I take.",
                    "Reminders patients answer"),
            Applicant.of(
                    "Kwame Mensah",
                    4,
                    5,
                    "I have fixed payment failures for two years; I want to stop them before they happen.",
                    "Mornings, when Accra and Europe overlap.",
                    "Getting clinics paid on the day"),
            Applicant.of(
                    "Mei Tanaka",
                    5,
                    4,
                    "The day view taught me how much a second matters at a front desk. I want to bring that to setup.",
                    "A few hours a week across time zones.",
                    "Setup in one sitting"),
            Applicant.of(
                    "Jonas Weber",
                    4,
                    4,
                    "I have built most of the backend and rarely talk to a clinic. This is my chance to.",
                    "Fridays.",
                    "Import from any old system"),
            Applicant.of(
                    "Tomás Silva",
                    3,
                    4,
                    "Reliability is part of the clinic's working day too; someone from Platform should be in the room.",
                    "Steady, an hour a day.",
                    "Deploys nobody notices"),
            Applicant.of(
                    "Noor Haddad",
                    4,
                    3,
                    "I lead my first mission now and want to learn how wins across home bases are chosen.",
                    "Whatever my mission leaves me, honestly.",
                    "Setup in the first session"),
            Applicant.of(
                    "Diego Alvarez",
                    3,
                    3,
                    "I have led the last two big missions; I can help others pick wins we can measure.",
                    "Less than before, on purpose.",
                    "Anything that needs a hard number"),
            Applicant.of(
                    "Erik Johansson",
                    2,
                    4,
                    "I am not yet convinced by the two-year window, and a coalition needs someone who asks.",
                    "Plenty, if the questions are welcome.",
                    "Measuring what clinics actually wait for"));

    private final LeadershipTeam team;
    private final Opportunity opportunity;
    private final UrgencyGroup urgency;
    private final Coalition coalition;
    private final DemoConsent consent;

    DemoNetwork(
            LeadershipTeam team,
            Opportunity opportunity,
            UrgencyGroup urgency,
            Coalition coalition,
            DemoConsent consent) {
        this.team = team;
        this.opportunity = opportunity;
        this.urgency = urgency;
        this.coalition = coalition;
        this.consent = consent;
    }

    void grow(OrganizationId org, Map<String, PersonId> staff) {
        var amara = staff.get("Amara Okafor");
        var priya = staff.get("Priya Raman");
        var lucas = staff.get("Lucas Moreau");
        team.name(org, List.of(amara, priya, lucas), amara, ADMIN);
        var version = opportunity.propose(org, priya, STATEMENT, RATIONALE);
        consent.consentAndDecide(org, version.decisionId(), priya, List.of(amara, lucas));
        spreadTheWord(org, staff);
        formCoalition(org, staff, amara, List.of(priya, lucas));
    }

    /** Seven volunteers join the urgency group; three of them log the conversations they had. */
    private void spreadTheWord(OrganizationId org, Map<String, PersonId> staff) {
        for (var name : List.of(
                "Priya Raman",
                "Noor Haddad",
                "Hannah Kim",
                "Kwame Mensah",
                "Mei Tanaka",
                "Tomás Silva",
                "Jonas Weber")) {
            urgency.join(org, staff.get(name));
        }
        urgency.logConversation(
                org,
                staff.get("Hannah Kim"),
                List.of(staff.get("Sofia Lindqvist")),
                "Walked through the statement with the numbers from support: the clinics that churn are the ones"
                        + " that never finished setup.");
        urgency.logConversation(
                org,
                staff.get("Noor Haddad"),
                List.of(staff.get("Erik Johansson"), staff.get("Diego Alvarez")),
                "Lunch conversation: Platform asked what 'never makes anyone wait' means for deploys during"
                        + " opening hours.");
        urgency.logConversation(
                org,
                staff.get("Tomás Silva"),
                List.of(staff.get("Erik Johansson")),
                "Erik was sceptical about the two-year window; we read the competitor notes together.");
    }

    /** Amara opens a call; eight people apply; the panel rates, closes early, selects and adopts by consent. */
    private void formCoalition(OrganizationId org, Map<String, PersonId> staff, PersonId amara, List<PersonId> panel) {
        var today = LocalDate.ofInstant(coalition.now(), ZoneOffset.UTC);
        var call = coalition.open(org, amara, false, new CoalitionCallTerms(5, today.plusWeeks(2), CRITERIA), null);
        var applied = new LinkedHashMap<UUID, Applicant>();
        for (var applicant : APPLICANTS) {
            applied.put(
                    coalition
                            .apply(org, call.id(), staff.get(applicant.name()), applicant.text())
                            .id(),
                    applicant);
        }
        for (var rater : panel) {
            applied.forEach((application, applicant) ->
                    coalition.rate(org, call.id(), application, rater, applicant.attitude(), applicant.energy()));
        }
        coalition.close(org, call.id(), amara);
        coalition.select(org, call.id(), amara);
        var decision = coalition.adopt(org, call.id(), amara, null);
        consent.consentAndDecide(org, decision, amara, panel);
    }

    /** Someone who applies, with what they write, and the attitude and energy the panel sees in them. */
    private record Applicant(String name, int attitude, int energy, CoalitionApplicationText text) {

        static Applicant of(String name, int attitude, int energy, String motivation, String brings, String interest) {
            return new Applicant(name, attitude, energy, new CoalitionApplicationText(motivation, brings, interest));
        }
    }
}
