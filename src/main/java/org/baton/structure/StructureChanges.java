package org.baton.structure;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.baton.decisions.DecisionDraft;
import org.baton.decisions.DecisionMade;
import org.baton.decisions.Decisions;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.teams.Scope;
import org.baton.teams.Teams;
import org.baton.zones.ChangeOrigin;
import org.baton.zones.Zones;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The centre decides its structure by consent: anyone proposes a change, raised as a consent decision whose
 * participants are the centre's members (the proposer consents by proposing); when it is made, the change is
 * applied with that decision as its provenance. Refused while there is no centre: the admin acts for it then.
 */
@Service
public class StructureChanges {

    private final StructureProposalRepository proposals;
    private final Zones zones;
    private final Decisions decisions;
    private final Teams teams;
    private final People people;
    private final Clock clock;

    StructureChanges(
            StructureProposalRepository proposals,
            Zones zones,
            Decisions decisions,
            Teams teams,
            People people,
            Clock clock) {
        this.proposals = proposals;
        this.zones = zones;
        this.decisions = decisions;
        this.teams = teams;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    public StructureProposal propose(OrganizationId org, PersonId by, StructureChange change) {
        var centre = zones.centre(org);
        if (centre.memberIds().isEmpty()) {
            throw new StateConflict(
                    "structure.centre.none", "There is no centre yet: the admin acts for it until it is appointed.");
        }
        String subject = subject(org, change);
        var participants =
                centre.memberIds().stream().filter(m -> !m.equals(by)).toList();
        var decision = decisions.raise(
                org, by, DecisionDraft.organizationChange(subject, change.rationale(), subject, participants));
        var proposal = StructureProposal.propose(org, change, subject, decision.id(), by, now());
        proposals.insert(proposal);
        return proposal;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<StructureProposal> all(OrganizationId org) {
        return proposals.all(org);
    }

    /**
     * Makes the change whose consent decision was just made, if that decision was raised for one and passed by
     * consent: a round that fell back to its decider alone does not change the structure.
     */
    @ApplicationModuleListener
    void on(DecisionMade event) {
        if (!event.byConsent()) {
            return;
        }
        var org = event.organizationId();
        proposals.pendingDecidedBy(org, event.decisionId()).ifPresent(proposal -> {
            apply(
                    org,
                    proposal,
                    ChangeOrigin.decided(event.decider(), event.decisionId().value()));
            proposal.made();
            proposals.saveStatus(proposal);
        });
    }

    private void apply(OrganizationId org, StructureProposal proposal, ChangeOrigin origin) {
        var c = proposal.change();
        switch (c.kind()) {
            case APPOINT_CENTRE -> zones.appointCentre(org, origin, c.name(), c.memberIds());
            case DEFINE_AREA -> zones.define(org, origin, c.name(), c.zone(), c.description());
            case CHANGE_AREA -> {
                var area = zones.get(org, c.areaId());
                zones.change(
                        org,
                        origin,
                        area.id(),
                        area.version(),
                        c.name() == null ? area.name() : c.name(),
                        c.zone(),
                        c.description());
            }
            case GRANT_MANDATE ->
                zones.grant(org, origin, c.areaId(), c.homeBaseId(), c.missionId(), c.roleId(), c.role());
            case REVOKE_MANDATE -> zones.revoke(org, origin, c.mandateId());
        }
    }

    /** The change in words, e.g. "Move 'Pricing' to the CENTRE_INTERVENTION zone"; what it names must exist. */
    private String subject(OrganizationId org, StructureChange c) {
        return switch (c.kind()) {
            case APPOINT_CENTRE -> {
                people.requireMembers(org, c.memberIds(), "memberIds");
                yield "Appoint the centre '" + c.name() + "'";
            }
            case DEFINE_AREA -> "Define the decision area '" + c.name() + "' in the " + c.zone() + " zone";
            case CHANGE_AREA -> {
                var area = zones.require(org, c.areaId(), "areaId");
                yield c.zone() == null || c.zone() == area.zone()
                        ? "Change the decision area '" + area.name() + "'"
                        : "Move '" + area.name() + "' to the " + c.zone() + " zone";
            }
            case GRANT_MANDATE -> {
                var area = zones.require(org, c.areaId(), "areaId");
                teams.requireExists(org, new Scope(c.homeBaseId(), c.missionId()));
                if (c.roleId() != null) {
                    yield "Grant '" + area.name() + "' to the role '" + zones.requireRole(org, c.roleId(), "roleId")
                            + "'";
                }
                yield "Grant '" + area.name() + "'";
            }
            case REVOKE_MANDATE -> {
                var mandate = zones.mandates(org, null).stream()
                        .filter(m -> m.id().equals(c.mandateId()))
                        .findFirst()
                        .orElseThrow(() -> new RuleViolation(
                                "mandateId",
                                "structure.mandate.unknown",
                                "No mandate in force with id " + c.mandateId() + " in this organization."));
                yield "Revoke a mandate for '"
                        + zones.get(org, mandate.areaId()).name() + "'";
            }
        };
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
