package org.baton.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.baton.decisions.Choice;
import org.baton.decisions.Consequence;
import org.baton.decisions.DecisionDraft;
import org.baton.decisions.Decisions;
import org.baton.decisions.Reaction;
import org.baton.decisions.Reversibility;
import org.baton.homebases.HomeBase;
import org.baton.intents.Intents;
import org.baton.people.PersonId;
import org.baton.principles.ChangeProposal;
import org.baton.principles.Governance;
import org.baton.principles.Principle;
import org.baton.principles.Principles;
import org.baton.shared.OrganizationId;
import org.baton.structure.StructureChange;
import org.baton.structure.StructureChanges;
import org.baton.teams.Scope;
import org.baton.zones.ChangeOrigin;
import org.baton.zones.Zone;
import org.baton.zones.Zones;
import org.springframework.stereotype.Service;

/**
 * Larkspur's coherence layer and some of its decisions: three values with their principles, decision areas
 * in every zone with a centre and mandates, a governance body, an intent whose window is running, an advice
 * decision already made and a consent round held up by a reasoned objection. The admin sets up what the body and
 * the centre will own before they exist; after that a principle is revised by the body's consent and a mandate
 * granted by the centre's.
 */
@Service
class DemoCoherence {

    /** Amara sets Larkspur up as its admin. */
    private static final boolean ADMIN = true;

    private final Principles principles;
    private final Governance governance;
    private final Zones zones;
    private final Decisions decisions;
    private final Intents intents;
    private final StructureChanges structure;
    private final DemoConsent consent;

    DemoCoherence(
            Principles principles,
            Governance governance,
            Zones zones,
            Decisions decisions,
            Intents intents,
            StructureChanges structure,
            DemoConsent consent) {
        this.structure = structure;
        this.consent = consent;
        this.principles = principles;
        this.governance = governance;
        this.zones = zones;
        this.decisions = decisions;
        this.intents = intents;
    }

    void fill(OrganizationId org, Map<String, PersonId> staff, Map<String, HomeBase> bases) {
        // Larkspur is new: it has no governance body and no centre yet, so Amara, setting it up as its admin,
        // acts for both. Once they are appointed, changes go through them (see the end of this method).
        var amara = staff.get("Amara Okafor");
        var clinics = principles.defineValue(
                org,
                amara,
                ADMIN,
                "Clinics first",
                "When we trade off, the clinic's working day wins over our convenience.");
        var calmFrontDesk = principles.adopt(
                org,
                amara,
                ADMIN,
                clinics.id(),
                "Change what a front desk sees only when it saves them time the same week",
                null,
                null);
        principles.adopt(
                org,
                amara,
                ADMIN,
                clinics.id(),
                "Ask a clinic before we build for it, and show it before we ship",
                null,
                null);
        var open = principles.defineValue(
                org, amara, ADMIN, "Open by default", "Anyone at Larkspur can see why something was decided.");
        var writeItDown = principles.adopt(
                org, amara, ADMIN, open.id(), "Decisions go into the log, with the principle they applied", null, null);
        principles.adopt(org, amara, ADMIN, open.id(), "Numbers we steer by are visible to everyone", null, null);
        var pace = principles.defineValue(
                org, amara, ADMIN, "Sustainable pace", "We finish what we start without running people down.");
        Principle finishFirst =
                principles.adopt(org, amara, ADMIN, pace.id(), "Finish before starting something new", null, null);
        principles.adopt(
                org, amara, ADMIN, pace.id(), "Plan releases around people, not around dates we made up", null, null);

        LocalDate today = LocalDate.ofInstant(principles.now(), ZoneOffset.UTC);
        // Amara seats the body's first member; the body appoints the others by consent.
        var priya = staff.get("Priya Raman");
        governance.appoint(org, amara, ADMIN, priya, today.minusMonths(10), today.plusDays(20), null);
        proposeSeat(org, amara, priya, staff.get("Kwame Mensah"), today.minusMonths(2), today.plusMonths(10));
        proposeSeat(org, amara, priya, staff.get("Hannah Kim"), today.minusMonths(1), today.plusMonths(11));

        var asAdmin = ChangeOrigin.direct(amara, ADMIN);
        var ux = zones.define(org, asAdmin, "Onboarding screens", Zone.LOCAL, "Layout and wording of the setup flow.");
        var releases = zones.define(
                org, asAdmin, "Release planning", Zone.PRINCIPLE_CHECK, "When and how we ship to clinics.");
        var pricing = zones.define(org, asAdmin, "Pricing", Zone.CENTRE_AWARENESS, "What clinics pay and how.");
        zones.define(
                org, asAdmin, "Company values", Zone.CENTRE_INTERVENTION, "Changes that would touch a core value.");
        zones.grant(org, asAdmin, ux.id(), bases.get("Onboarding").id(), null, null);
        zones.grant(org, asAdmin, pricing.id(), bases.get("Billing").id(), null, null);
        var lucas = staff.get("Lucas Moreau");
        var sofia = staff.get("Sofia Lindqvist");
        zones.appointCentre(org, asAdmin, "Leadership team", List.of(amara, lucas, sofia));

        intents.declare(
                org,
                staff.get("Jonas Weber"),
                "I intend to turn on the new import wizard for every clinic next Monday",
                "Twelve pilot clinics used it without a single support ticket",
                new Scope(bases.get("Onboarding").id(), null),
                ux.id(),
                Duration.ofHours(48));

        var retries = decisions.raise(
                org,
                sofia,
                new DecisionDraft(
                        "Retry failed card payments automatically",
                        "A third of failed payments succeed when retried a day later.",
                        new Scope(bases.get("Billing").id(), null),
                        Reversibility.HARD,
                        Consequence.LOW,
                        List.of(
                                "Retry once after 24 hours",
                                "Retry three times over a week",
                                "Leave it to the clinics"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        decisions.requestAdvice(org, retries.id(), sofia, List.of(staff.get("Kwame Mensah"), staff.get("Hannah Kim")));
        decisions.giveAdvice(
                org,
                retries.id(),
                staff.get("Hannah Kim"),
                "Tell the patient before each retry, or support will hear about it.");
        decisions.giveAdvice(
                org,
                retries.id(),
                staff.get("Kwame Mensah"),
                "Three retries risk the provider's fraud checks; one is safe.");
        decisions.decide(
                org,
                retries.id(),
                sofia,
                new Choice(
                        "Retry once after 24 hours, with a notice to the patient",
                        "Both advisers pointed at the same risks; one retry recovers most of the money.",
                        List.of(writeItDown.id().value()),
                        "Failed payments down by a quarter",
                        today.plusMonths(2)));

        var freeze = decisions.raise(
                org,
                lucas,
                new DecisionDraft(
                        "Freeze the day view layout until spring",
                        "Clinics complain every time the calendar moves under their feet.",
                        new Scope(bases.get("Scheduling").id(), null),
                        Reversibility.HARD,
                        Consequence.HIGH,
                        List.of(),
                        null,
                        null,
                        "No layout changes to the day view until March; fixes and speed work go on",
                        null,
                        null,
                        null,
                        null));
        decisions.raiseObjection(
                org,
                freeze.id(),
                staff.get("Mei Tanaka"),
                "The slow day view on old computers is a layout problem; freezing the layout blocks the speed fix clinics asked for.",
                List.of(calmFrontDesk.id().value(), finishFirst.id().value()));
        decisions.react(
                org,
                freeze.id(),
                staff.get("Diego Alvarez"),
                Reaction.Kind.CONSENT,
                "Fine by me if speed fixes still ship.");

        var invoices = decisions.raise(
                org,
                sofia,
                new DecisionDraft(
                        "Send invoices on the first working day of the month",
                        "Clinics asked for invoices that arrive before their own payroll run.",
                        new Scope(bases.get("Billing").id(), null),
                        Reversibility.EASY,
                        Consequence.HIGH,
                        List.of("First working day", "Keep the 15th"),
                        null,
                        null,
                        "Invoices go out on the first working day of each month",
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(staff.get("Hannah Kim"), staff.get("Kwame Mensah")),
                        null,
                        null,
                        List.of()));
        decisions.answerConsultation(
                org,
                invoices.id(),
                staff.get("Hannah Kim"),
                "Support can answer invoice questions early in the month; warn us the first time.");

        // From now on the body and the centre own their changes: each is a consent decision among their members,
        // made once every participant consented; the change follows once the decision is made.
        var kwame = staff.get("Kwame Mensah");
        var revision = governance.propose(
                org,
                kwame,
                ChangeProposal.Kind.REVISE_PRINCIPLE,
                null,
                finishFirst.id(),
                "Finish what we started before starting something new, unless a clinic is blocked",
                null,
                "Two teams held back an urgent clinic fix to finish planned work first.",
                null);
        consent.consentAndDecide(org, revision.decisionId(), kwame, List.of(priya));
        var grant = structure.propose(
                org,
                lucas,
                new StructureChange(
                        StructureChange.Kind.GRANT_MANDATE,
                        releases.id(),
                        null,
                        null,
                        null,
                        bases.get("Scheduling").id(),
                        null,
                        null,
                        null,
                        List.of(),
                        "Scheduling ships most releases; it should plan them, citing the principle it applies."));
        consent.consentAndDecide(org, grant.decisionId(), lucas, List.of(amara, sofia));
    }

    /** Amara proposes a seat on the body; its first member consents, and the term starts once decided. */
    private void proposeSeat(
            OrganizationId org, PersonId amara, PersonId firstMember, PersonId member, LocalDate from, LocalDate to) {
        var appointment = governance.appoint(
                org, amara, ADMIN, member, from, to, "Brings the view of the teams closest to the clinics.");
        consent.consentAndDecide(org, appointment.proposal().decisionId(), amara, List.of(firstMember));
    }
}
