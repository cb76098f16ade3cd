package org.baton.principles;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.baton.decisions.Consequence;
import org.baton.decisions.DecisionDraft;
import org.baton.decisions.DecisionId;
import org.baton.decisions.DecisionMethod;
import org.baton.decisions.Decisions;
import org.baton.decisions.Reversibility;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.baton.teams.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the values and principles, proposed by anyone and adopted by consent within the governance body:
 * each proposal is a consent decision of the decisions module, and is made when that decision is.
 */
@Service
class ChangeProposals {

    private final ChangeProposalRepository proposals;
    private final GoverningBodyRepository bodies;
    private final Principles principles;
    private final Decisions decisions;
    private final ApplicationEventPublisher events;

    ChangeProposals(
            ChangeProposalRepository proposals,
            GoverningBodyRepository bodies,
            Principles principles,
            Decisions decisions,
            ApplicationEventPublisher events) {
        this.proposals = proposals;
        this.bodies = bodies;
        this.principles = principles;
        this.decisions = decisions;
        this.events = events;
    }

    /**
     * Proposes a change as a consent decision within the body. Proposed from outside the body, its members are
     * asked to take part in the consent round.
     */
    @Transactional
    ChangeProposal propose(OrganizationId org, PersonId by, ProposedChange change) {
        String subject = change.subject(about(org, change));
        var toConsult = bodies.of(org).toConsultOn(by, today());
        var decision = decisions.raise(org, by, consentDecision(change, subject));
        if (!toConsult.isEmpty()) {
            decisions.requestAdvice(org, decision.id(), by, toConsult);
        }
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

    /** Adopts the change whose consent decision was just made, if that decision was one. */
    @Transactional
    void adoptDecidedBy(OrganizationId org, DecisionId decisionId, PersonId decider) {
        proposals.pendingDecidedBy(org, decisionId).ifPresent(proposal -> {
            proposal.adopt(decider, principles.now());
            make(org, proposal, decider);
            proposals.saveStatus(proposal);
            proposal.releaseEvents().forEach(events::publishEvent);
        });
    }

    /** Makes an adopted change, as a new version by the decider (a new value keeps its proposer as author). */
    private void make(OrganizationId org, ChangeProposal p, PersonId decider) {
        var c = p.change();
        var trigger = p.adoptionTrigger();
        switch (c.kind()) {
            case DEFINE_VALUE -> principles.defineValue(org, p.proposedBy(), c.text(), c.description());
            case REVISE_VALUE ->
                principles.reviseValue(
                        org, decider, c.valueId(), null, c.text(), c.description(), null, c.rationale(), trigger);
            case RETIRE_VALUE ->
                principles.reviseValue(
                        org, decider, c.valueId(), null, null, null, Status.RETIRED, c.rationale(), trigger);
            case ADOPT_PRINCIPLE -> principles.adopt(org, decider, c.valueId(), c.text(), c.rationale(), trigger);
            case REVISE_PRINCIPLE ->
                principles.revise(org, decider, c.principleId(), null, c.text(), null, c.rationale(), trigger);
            case RETIRE_PRINCIPLE ->
                principles.revise(org, decider, c.principleId(), null, null, Status.RETIRED, c.rationale(), trigger);
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
        return change.text();
    }

    /** Changes to values and principles are hard to reverse and touch everyone: consent, organization-wide. */
    private static DecisionDraft consentDecision(ProposedChange change, String subject) {
        return new DecisionDraft(
                subject,
                change.rationale(),
                Scope.ORGANIZATION,
                Reversibility.HARD,
                Consequence.HIGH,
                List.of(),
                DecisionMethod.CONSENT,
                null,
                change.text() == null ? subject : change.text(),
                null,
                null,
                null,
                null);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(principles.now(), ZoneOffset.UTC);
    }
}
