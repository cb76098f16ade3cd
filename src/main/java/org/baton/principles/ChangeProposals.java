package org.baton.principles;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.baton.decisions.DecisionDraft;
import org.baton.decisions.DecisionId;
import org.baton.decisions.Decisions;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.roles.RoleOrigin;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the values and principles and seats on the governance body, proposed by anyone and adopted by
 * consent of the body: each proposal is a consent decision of the decisions module whose participants are the
 * body's current members, and is made when that decision is, with the decision as its provenance.
 */
@Service
class ChangeProposals {

    private final ChangeProposalRepository proposals;
    private final GoverningBodyRepository bodies;
    private final Principles principles;
    private final Decisions decisions;
    private final People people;
    private final ApplicationEventPublisher events;

    ChangeProposals(
            ChangeProposalRepository proposals,
            GoverningBodyRepository bodies,
            Principles principles,
            Decisions decisions,
            People people,
            ApplicationEventPublisher events) {
        this.proposals = proposals;
        this.bodies = bodies;
        this.principles = principles;
        this.decisions = decisions;
        this.people = people;
        this.events = events;
    }

    /**
     * Proposes a change as a consent decision of the body: its current members are the participants of the
     * consent round (the proposer consents by proposing); when the proposer is the body's only member, the person
     * proposed for a seat is asked instead. Refused while the body has no members.
     */
    @Transactional
    ChangeProposal propose(OrganizationId org, PersonId by, ProposedChange change) {
        String subject = change.subject(about(org, change));
        var body = bodies.of(org);
        var participants = new ArrayList<>(body.participantsOn(by, today()));
        if (change.seat() != null) {
            var seat = change.seat();
            body.requireSeat(seat.personId(), seat.startsOn(), seat.endsOn());
        }
        if (participants.isEmpty()
                && change.seat() != null
                && !change.seat().personId().equals(by)) {
            participants.add(change.seat().personId()); // a body of one seats a second member with their consent
        }
        var decision = decisions.raise(
                org,
                by,
                DecisionDraft.organizationChange(
                        subject, change.rationale(), change.text() == null ? subject : change.text(), participants));
        var proposal = ChangeProposal.propose(org, change, subject, decision.id(), by, principles.now());
        proposals.insert(proposal);
        proposal.releaseEvents().forEach(events::publishEvent);
        return proposal;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    List<ChangeProposal> all(OrganizationId org) {
        return proposals.all(org);
    }

    /** Whether this decision was raised for a proposal to the body. */
    @Transactional(readOnly = true)
    boolean decided(OrganizationId org, DecisionId decisionId) {
        return proposals.decidedBy(org, decisionId);
    }

    /** Adopts the change whose consent decision was just made, if that decision was one. */
    @Transactional
    void adoptDecidedBy(OrganizationId org, DecisionId decisionId, PersonId decider) {
        proposals.pendingDecidedBy(org, decisionId).ifPresent(proposal -> {
            proposal.adopt(decider, principles.now());
            make(org, proposal, decider, decisionId);
            proposals.saveStatus(proposal);
            proposal.releaseEvents().forEach(events::publishEvent);
        });
    }

    /**
     * Makes an adopted change under its decision, as a new version by the decider (a new value keeps its
     * proposer as author), or seats the member it appoints.
     */
    private void make(OrganizationId org, ChangeProposal p, PersonId decider, DecisionId under) {
        var c = p.change();
        var trigger = p.adoptionTrigger();
        switch (c.kind()) {
            case DEFINE_VALUE -> principles.defineValueUnder(org, p.proposedBy(), under, c.text(), c.description());
            case REVISE_VALUE ->
                principles.reviseValueUnder(
                        org,
                        decider,
                        under,
                        c.valueId(),
                        null,
                        c.text(),
                        c.description(),
                        null,
                        c.rationale(),
                        trigger);
            case RETIRE_VALUE ->
                principles.reviseValueUnder(
                        org, decider, under, c.valueId(), null, null, null, Status.RETIRED, c.rationale(), trigger);
            case ADOPT_PRINCIPLE ->
                principles.adoptUnder(org, decider, under, c.valueId(), c.text(), c.rationale(), trigger);
            case REVISE_PRINCIPLE ->
                principles.reviseUnder(
                        org, decider, under, c.principleId(), null, c.text(), null, c.rationale(), trigger);
            case RETIRE_PRINCIPLE ->
                principles.reviseUnder(
                        org, decider, under, c.principleId(), null, null, Status.RETIRED, c.rationale(), trigger);
            case APPOINT_MEMBER -> {
                var body = bodies.of(org);
                var seat = c.seat();
                body.appoint(seat.personId(), seat.startsOn(), seat.endsOn(), decider, under, principles.now());
                bodies.save(body, RoleOrigin.adopted(decider, under));
                body.releaseEvents().forEach(events::publishEvent);
            }
        }
    }

    /** The value's name or the principle's statement a change is about; it must be one of the organization's. */
    private String about(OrganizationId org, ProposedChange change) {
        if (change.kind().aboutValue()) {
            return principles
                    .findValue(org, change.valueId())
                    .orElseThrow(() -> new RuleViolation(
                            "valueId",
                            "value.unknown",
                            "No value with id " + change.valueId() + " in this organization.",
                            change.valueId()))
                    .name();
        }
        if (change.kind().aboutPrinciple()) {
            return principles
                    .find(org, change.principleId())
                    .orElseThrow(() -> new RuleViolation(
                            "principleId",
                            "principle.unknown",
                            "No principle with id " + change.principleId() + " in this organization.",
                            change.principleId()))
                    .statement();
        }
        if (change.kind() == ChangeProposal.Kind.APPOINT_MEMBER) {
            var member = change.seat().personId();
            people.requireMembers(org, List.of(member), "personId");
            return people.find(org, member).map(Person::name).orElse("");
        }
        return change.text();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(principles.now(), ZoneOffset.UTC);
    }
}
