package org.baton.log;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.baton.network.CoalitionCallClosed;
import org.baton.network.CoalitionCallOpened;
import org.baton.network.CoalitionFormed;
import org.baton.network.CoalitionSelectionProposed;
import org.baton.network.InitiativeStarted;
import org.baton.network.LeadershipTeamNamed;
import org.baton.network.NetworkEvent;
import org.baton.network.OpportunityStatementAdopted;
import org.baton.network.OpportunityVersionProposed;
import org.baton.network.ThanksGiven;
import org.baton.network.UrgencyConversationLogged;
import org.baton.network.UrgencyGroupJoined;
import org.baton.network.UrgencyGroupLeft;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.teams.Scope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The structure of the leadership network becomes log entries inside the transaction of the change, naming who
 * did it and under which decision: the leadership team named, statement versions proposed and adopted, calls for
 * the coalition opened and closed, the coalition formed, initiatives started. Joining the urgency group, its
 * conversations, selections proposed (the adoption is what counts) and thanks change no structure: not logged.
 */
@Component
class NetworkEntries {

    private final DecisionLog log;
    private final People people;

    NetworkEntries(DecisionLog log, People people) {
        this.log = log;
        this.people = people;
    }

    /** What one entry says: its subject, action, title, context and choice. */
    private record Entry(
            String subjectType, UUID subjectId, String action, String title, String context, String choice) {}

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(NetworkEvent event) {
        var org = event.organizationId();
        Entry entry =
                switch (event) {
                    case LeadershipTeamNamed e ->
                        new Entry(
                                "LEADERSHIP_TEAM",
                                org.value(),
                                "NETWORK_LEADERSHIP_TEAM_NAMED",
                                names(org, e.memberIds()),
                                "",
                                e.memberIds().size() + "");
                    case OpportunityVersionProposed e ->
                        new Entry(
                                "OPPORTUNITY",
                                e.versionId(),
                                "NETWORK_OPPORTUNITY_VERSION_PROPOSED",
                                "#" + e.number(),
                                "",
                                "");
                    case OpportunityStatementAdopted e ->
                        new Entry(
                                "OPPORTUNITY",
                                e.versionId(),
                                "NETWORK_OPPORTUNITY_STATEMENT_ADOPTED",
                                "#" + e.number(),
                                e.text(),
                                "");
                    case CoalitionCallOpened e ->
                        new Entry(
                                "COALITION_CALL",
                                e.callId(),
                                "NETWORK_COALITION_CALL_OPENED",
                                e.seats() + " · " + e.closesOn(),
                                "",
                                e.seats() + "");
                    case CoalitionCallClosed e ->
                        new Entry(
                                "COALITION_CALL",
                                e.callId(),
                                "NETWORK_COALITION_CALL_CLOSED",
                                e.applications() + "",
                                "",
                                e.applications() + "");
                    case CoalitionFormed e ->
                        new Entry(
                                "COALITION_CALL",
                                e.callId(),
                                "NETWORK_COALITION_FORMED",
                                names(org, e.memberIds()),
                                "",
                                e.memberIds().size() + "");
                    case InitiativeStarted e ->
                        new Entry(
                                "INITIATIVE",
                                e.initiativeId(),
                                e.ninetyDayWin() ? "NETWORK_NINETY_DAY_WIN_STARTED" : "NETWORK_INITIATIVE_STARTED",
                                e.title(),
                                "",
                                "");
                    case CoalitionSelectionProposed quiet -> null;
                    case UrgencyGroupJoined quiet -> null;
                    case UrgencyGroupLeft quiet -> null;
                    case UrgencyConversationLogged quiet -> null;
                    case ThanksGiven quiet -> null;
                };
        if (entry == null) {
            return;
        }
        log.append(
                org,
                event.actor(),
                entry.subjectType(),
                entry.subjectId(),
                entry.action(),
                event.at(),
                entry.title(),
                entry.context(),
                entry.choice(),
                "",
                List.of(),
                Scope.ORGANIZATION,
                event.decisionId() == null ? null : event.decisionId().value());
    }

    private String names(OrganizationId org, List<PersonId> ids) {
        Map<PersonId, Person> byId = people.byId(org, ids);
        return ids.stream()
                .map(byId::get)
                .filter(p -> p != null)
                .map(Person::name)
                .collect(Collectors.joining(", "));
    }
}
