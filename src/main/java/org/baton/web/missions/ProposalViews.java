package org.baton.web.missions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.baton.development.Alternative;
import org.baton.development.Pick;
import org.baton.development.ProposalAcceptance;
import org.baton.development.StaffingProposal;
import org.baton.missions.Mission;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.springframework.stereotype.Component;

/** Turns staffing proposals into what the pages show: people by name, alternatives by seat, the score in words. */
@Component
class ProposalViews {

    private final People people;

    ProposalViews(People people) {
        this.people = people;
    }

    ProposalView of(OrganizationId org, Mission mission, StaffingProposal proposal) {
        return of(org, List.of(mission), List.of(proposal)).getFirst();
    }

    /** The proposals, each for the mission of the same position, with the names read once for all of them. */
    List<ProposalView> of(OrganizationId org, List<Mission> missions, List<StaffingProposal> proposals) {
        var involved = new ArrayList<PersonId>();
        for (var proposal : proposals) {
            if (proposal.leader() != null) {
                involved.add(proposal.leader().personId());
            }
            proposal.members().forEach(m -> involved.add(m.personId()));
            proposal.alternatives().forEach(a -> involved.add(a.personId()));
        }
        var names = people.byId(org, involved);
        var views = new ArrayList<ProposalView>();
        for (int i = 0; i < proposals.size(); i++) {
            var proposal = proposals.get(i);
            var mission = missions.get(i);
            var members = new ArrayList<ProposedSeat>();
            for (int m = 0; m < proposal.members().size(); m++) {
                members.add(seat(proposal.members().get(m), "member-" + (m + 1), proposal, names));
            }
            views.add(new ProposalView(
                    mission.id().value(),
                    mission.title(),
                    proposal.leader() == null ? null : seat(proposal.leader(), "leader", proposal, names),
                    members,
                    StaffingScore.of(proposal.score()),
                    proposal.proposedAt(),
                    ProposalAcceptance.refusal(proposal)
                            .map(RuleViolation::code)
                            .orElse(null),
                    proposal.concerns()));
        }
        return views;
    }

    private static ProposedSeat seat(Pick pick, String seat, StaffingProposal proposal, Map<PersonId, Person> names) {
        var alternatives = proposal.alternatives().stream()
                .filter(a -> a.seat().equals(seat))
                .map(a -> alternative(a, names))
                .toList();
        return new ProposedSeat(pick.personId().value(), name(pick.personId(), names), pick.reasons(), alternatives);
    }

    private static ProposedSeat alternative(Alternative alternative, Map<PersonId, Person> names) {
        return new ProposedSeat(
                alternative.personId().value(), name(alternative.personId(), names), alternative.reasons(), List.of());
    }

    /** The person's name, or null for someone no longer here (the page says so, and links nowhere). */
    private static String name(PersonId id, Map<PersonId, Person> names) {
        var person = names.get(id);
        return person == null ? null : person.name();
    }
}
