package org.baton.network;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.baton.decisions.DecisionDraft;
import org.baton.decisions.DecisionId;
import org.baton.decisions.DecisionMade;
import org.baton.decisions.Decisions;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.StateConflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guiding coalition by open application (DOMAIN.md §11): the leadership team opens a call, anyone applies, the
 * call's panel (at least two people) rates attitude and energy, and once the call is closed asks Baton for a
 * selection, adjusts it and adopts it by consent of the panel (a consent decision whose participants are the panel
 * but the adopter). When that decision passes by consent, the people adopted are the coalition: a formed call
 * replaces the coalition, so whoever an earlier call seated and this one does not leaves it. A decision that fell
 * back to its decider alone forms nothing: the call is closed again for the panel to adopt again. Who may is
 * answered by {@link CoalitionRules}.
 */
@Service
public class Coalition {

    private final CoalitionCallRepository calls;
    private final LeadershipTeam leadershipTeam;
    private final CoalitionSelections selections;
    private final Decisions decisions;
    private final People people;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Coalition(
            CoalitionCallRepository calls,
            LeadershipTeam leadershipTeam,
            CoalitionSelections selections,
            Decisions decisions,
            People people,
            ApplicationEventPublisher events,
            MessageSource messages,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.calls = calls;
        this.leadershipTeam = leadershipTeam;
        this.selections = selections;
        this.decisions = decisions;
        this.people = people;
        this.events = events;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Opens a call; its panel is the leadership team unless {@code panelIds} are named (see
     * {@link CoalitionRules#panelFor}); while there is no leadership team the admin names the panel.
     */
    @Transactional
    public CoalitionCall open(
            OrganizationId org, PersonId by, boolean byAdmin, CoalitionCallTerms terms, List<PersonId> panelIds) {
        var team = leadershipTeam.members(org);
        CoalitionRules.requireMayOpen(team.contains(by), !team.isEmpty(), byAdmin);
        var panel = CoalitionRules.panelFor(panelIds, team);
        people.requireMembers(org, panel, "panelIds");
        var call = CoalitionCall.open(org, by, terms, panel, now());
        calls.insert(call);
        publish(call);
        return call;
    }

    /** Whether this person may open a call now: what the page offers. */
    @Transactional(readOnly = true)
    public boolean mayOpen(OrganizationId org, PersonId person, boolean admin) {
        var team = leadershipTeam.members(org);
        return CoalitionRules.mayOpen(team.contains(person), !team.isEmpty(), admin);
    }

    /** Applies to an open call: writes the application only, so that many people apply at once. */
    @Transactional
    public CoalitionApplication apply(OrganizationId org, UUID callId, PersonId by, CoalitionApplicationText text) {
        var call = current(org, callId);
        var application = call.apply(by, text, now());
        if (!calls.holdIn(org, callId, List.of(CoalitionCallStatus.OPEN), false)) {
            throw new StateConflict("network.coalition.call.notOpen", "This call is no longer open.");
        }
        calls.insertApplication(call, application);
        return application;
    }

    /** Rates an application: writes the rating only, so that the panel rates at once. */
    @Transactional
    public CoalitionApplication rate(
            OrganizationId org, UUID callId, UUID applicationId, PersonId by, int attitude, int energy) {
        var call = current(org, callId);
        var rated = call.rate(by, applicationId, attitude, energy, now());
        if (!calls.holdIn(org, callId, List.of(CoalitionCallStatus.OPEN, CoalitionCallStatus.CLOSED), true)) {
            throw new StateConflict(
                    "network.coalition.call.selected", "A selection was proposed: ratings no longer change.");
        }
        calls.saveRating(org, applicationId, rated.ratingBy(by).orElseThrow());
        return rated;
    }

    @Transactional
    public CoalitionCall close(OrganizationId org, UUID callId, PersonId by) {
        var call = current(org, callId);
        call.close(by, now());
        calls.save(call);
        publish(call);
        return call;
    }

    /**
     * Asks Baton for a selection of a closed call, kept so that what the panel adopts is what it saw. The call is
     * read in a short transaction, the solver runs outside any, and the proposal is kept only if neither the call
     * nor its ratings changed meanwhile (else 409); {@link CoalitionSelections} runs one solve at a time.
     */
    public SelectionProposal select(OrganizationId org, UUID callId, PersonId by) {
        var read = transactions.execute(status -> {
            var call = current(org, callId);
            call.requireMaySelect(by, now());
            return call;
        });
        var rated = ratedOf(read);
        var proposal = selections.propose(org, read.seats(), rated);
        return transactions.execute(status -> {
            var call = get(org, callId);
            if (call.version() != read.version()) {
                throw changed();
            }
            call.selected(by, proposal, now());
            calls.save(call);
            if (!rated.equals(ratedOf(get(org, callId)))) {
                throw changed();
            }
            publish(call);
            return proposal;
        });
    }

    /** Puts the selection, as adjusted ({@code personIds}, or the proposal's seats), to the panel's consent. */
    @Transactional
    public DecisionId adopt(OrganizationId org, UUID callId, PersonId by, List<PersonId> personIds) {
        var call = current(org, callId);
        var now = now();
        var chosen = call.adoptable(by, personIds, now);
        var participants = CoalitionRules.consentingPanel(call, by);
        var byId = people.byId(org, chosen);
        var names = people.byName(org, chosen).stream()
                .map(id -> byId.get(id).name())
                .toList();
        var decision = decisions.raise(
                org,
                by,
                DecisionDraft.organizationChange(
                        text("network.decision.coalition.title", chosen.size()),
                        text(
                                "network.decision.coalition.context",
                                call.seats(),
                                call.applications().size()),
                        text("network.decision.coalition.proposal", String.join(", ", names)),
                        participants));
        call.adopting(by, chosen, decision.id(), now);
        calls.save(call);
        publish(call);
        return decision.id();
    }

    /**
     * Forms the coalition whose selection was just adopted, if the decision made was raised for one and passed by
     * consent; a round that fell back to its decider alone closes the call again instead.
     */
    @ApplicationModuleListener
    void on(DecisionMade event) {
        var org = event.organizationId();
        calls.adoptingUnder(org, event.decisionId()).ifPresent(call -> {
            if (!event.byConsent()) {
                call.notFormed();
                calls.save(call);
                return;
            }
            var now = now();
            var joining = call.formed(event.decider(), now);
            calls.save(call);
            calls.replaceMembers(org, call.id(), joining, now);
            publish(call);
        });
    }

    /** Closes the calls whose closing date has passed, in every organization. */
    @Transactional
    public void closeDueCalls() {
        var now = now();
        for (var due : calls.openPast(CoalitionCallTerms.today(now))) {
            calls.find(due.getKey(), due.getValue()).ifPresent(call -> {
                if (call.closeIfDue(now)) {
                    calls.save(call);
                    publish(call);
                }
            });
        }
    }

    @Transactional(readOnly = true)
    public CoalitionCall get(OrganizationId org, UUID callId) {
        return calls.find(org, callId).orElseThrow(() -> new NotFound("coalition call", callId));
    }

    /**
     * Every call, newest first, as a listing shows it: with how many applied and {@code viewer}'s own application
     * only; {@link #get} reads a call whole.
     */
    @Transactional(readOnly = true)
    public List<CoalitionCall> calls(OrganizationId org, PersonId viewer) {
        return calls.all(org, viewer);
    }

    /** Who sits on the guiding coalition, earliest first. */
    @Transactional(readOnly = true)
    public List<CoalitionMember> members(OrganizationId org) {
        return calls.members(org);
    }

    /** Now, as Baton reads time; pages ask a call what is open with it. */
    public Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** The call, closed first if its closing date has passed, so that every step sees it as it stands. */
    private CoalitionCall current(OrganizationId org, UUID callId) {
        var call = get(org, callId);
        if (call.closeIfDue(now())) {
            calls.save(call);
            publish(call);
        }
        return call;
    }

    private static List<RatedApplication> ratedOf(CoalitionCall call) {
        return call.applications().stream().map(CoalitionApplication::rated).toList();
    }

    private static StateConflict changed() {
        return new StateConflict("network.coalition.call.changed", "Someone else changed this call a moment ago.");
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private void publish(CoalitionCall call) {
        call.releaseEvents().forEach(events::publishEvent);
    }
}
