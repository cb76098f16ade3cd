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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guiding coalition by open application (DOMAIN.md §11): the leadership team opens a call, anyone applies, the
 * call's panel rates attitude and energy, and once the call is closed asks Baton for a selection, adjusts it and
 * adopts it by consent of the panel (a consent decision whose participants are the panel but the adopter); when
 * that decision is made the people adopted join the coalition. Who may is answered by {@link CoalitionRules}.
 */
@Service
public class Coalition {

    private final CoalitionCallRepository calls;
    private final LeadershipTeam leadershipTeam;
    private final CoalitionSelections selections;
    private final Decisions decisions;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Coalition(
            CoalitionCallRepository calls,
            LeadershipTeam leadershipTeam,
            CoalitionSelections selections,
            Decisions decisions,
            People people,
            ApplicationEventPublisher events,
            Clock clock) {
        this.calls = calls;
        this.leadershipTeam = leadershipTeam;
        this.selections = selections;
        this.decisions = decisions;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a call; its panel is {@code panelIds} when given, else the leadership team (else the opener, while there
     * is no leadership team).
     */
    @Transactional
    public CoalitionCall open(
            OrganizationId org, PersonId by, boolean byAdmin, CoalitionCallTerms terms, List<PersonId> panelIds) {
        var team = leadershipTeam.members(org);
        CoalitionRules.requireMayOpen(team.contains(by), !team.isEmpty(), byAdmin);
        List<PersonId> panel;
        if (panelIds != null && !panelIds.isEmpty()) {
            panel = panelIds;
            if (panel.size() <= CoalitionCall.MAX_PANEL) {
                people.requireMembers(org, panel, "panelIds");
            }
        } else {
            panel = team.isEmpty() ? List.of(by) : team;
        }
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

    @Transactional
    public CoalitionApplication apply(OrganizationId org, UUID callId, PersonId by, CoalitionApplicationText text) {
        var call = current(org, callId);
        var application = call.apply(by, text, now());
        calls.save(call);
        calls.insertApplication(call, application);
        return application;
    }

    @Transactional
    public CoalitionApplication rate(
            OrganizationId org, UUID callId, UUID applicationId, PersonId by, int attitude, int energy) {
        var call = current(org, callId);
        var rated = call.rate(by, applicationId, attitude, energy, now());
        calls.save(call);
        calls.saveRating(org, applicationId, rated.ratingBy(by).orElseThrow());
        publish(call);
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

    /** Asks Baton for a selection of a closed call, kept so that what the panel adopts is what it saw. */
    @Transactional
    public SelectionProposal select(OrganizationId org, UUID callId, PersonId by) {
        var call = current(org, callId);
        var now = now();
        call.requireMaySelect(by, now);
        var rated =
                call.applications().stream().map(CoalitionApplication::rated).toList();
        var proposal = selections.propose(org, call.seats(), rated);
        call.selected(by, proposal, now);
        calls.save(call);
        publish(call);
        return proposal;
    }

    /** Puts the selection, as adjusted ({@code personIds}, or the proposal's seats), to the panel's consent. */
    @Transactional
    public DecisionId adopt(OrganizationId org, UUID callId, PersonId by, List<PersonId> personIds) {
        var call = current(org, callId);
        var now = now();
        var chosen = call.adoptable(by, personIds, now);
        var byId = people.byId(org, chosen);
        var names = people.byName(org, chosen).stream()
                .map(id -> byId.get(id).name())
                .toList();
        String title = "Form the guiding coalition from " + chosen.size() + " applicants";
        String context = "The panel of a call for the guiding coalition (" + call.seats() + " seats, "
                + call.applications().size() + " applications) adopts this selection.";
        var participants = call.panelIds().stream().filter(p -> !p.equals(by)).toList();
        var decision = decisions.raise(
                org,
                by,
                DecisionDraft.organizationChange(
                        title, context, "Seat on the guiding coalition: " + String.join(", ", names), participants));
        call.adopting(by, chosen, decision.id(), now);
        calls.save(call);
        publish(call);
        return decision.id();
    }

    /** Forms the coalition whose selection was just adopted, if the decision made was raised for one. */
    @ApplicationModuleListener
    void on(DecisionMade event) {
        var org = event.organizationId();
        calls.adoptingUnder(org, event.decisionId()).ifPresent(call -> {
            var now = now();
            var joining = call.formed(event.decider(), now);
            calls.save(call);
            calls.join(org, call.id(), joining, now);
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

    /** Every call, newest first. */
    @Transactional(readOnly = true)
    public List<CoalitionCall> calls(OrganizationId org) {
        return calls.all(org);
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

    private void publish(CoalitionCall call) {
        call.releaseEvents().forEach(events::publishEvent);
    }
}
