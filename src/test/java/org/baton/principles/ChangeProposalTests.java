package org.baton.principles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.principles.Coherence.ANA;
import static org.baton.principles.Coherence.BO;
import static org.baton.principles.Coherence.NOW;
import static org.baton.principles.Coherence.ORG;

import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.junit.jupiter.api.Test;

class ChangeProposalTests {

    static final ValueId VALUE = new ValueId(UUID.randomUUID());
    static final PrincipleId PRINCIPLE = new PrincipleId(UUID.randomUUID());
    static final DecisionId DECISION = new DecisionId(UUID.randomUUID());

    @Test
    void refusesAProposalWithoutAKind() {
        assertThatThrownBy(() -> new ProposedChange(null, VALUE, null, "text", null, "why", null))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("proposal.kind.required"));
    }

    @Test
    void refusesAProposalThatDoesNotSayWhy() {
        assertThatThrownBy(() -> new ProposedChange(
                        ChangeProposal.Kind.DEFINE_VALUE, null, null, "Open by default", null, " ", null))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("change.rationale.required"));
    }

    @Test
    void aChangeToAValueNamesTheValue() {
        for (var kind : new ChangeProposal.Kind[] {
            ChangeProposal.Kind.REVISE_VALUE, ChangeProposal.Kind.RETIRE_VALUE, ChangeProposal.Kind.ADOPT_PRINCIPLE
        }) {
            assertThatThrownBy(() -> new ProposedChange(kind, null, null, "text", null, "why", null))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, e -> assertThat(e.field()).isEqualTo("valueId"));
        }
    }

    @Test
    void keepsOnlyTheIdsItsKindIsAbout() {
        var newValue = new ProposedChange(
                ChangeProposal.Kind.DEFINE_VALUE, VALUE, PRINCIPLE, "Open by default", null, "why", null);
        var revision = new ProposedChange(
                ChangeProposal.Kind.REVISE_PRINCIPLE, VALUE, PRINCIPLE, "Decide close to the work", null, "why", null);

        assertThat(newValue.valueId()).isNull();
        assertThat(newValue.principleId()).isNull();
        assertThat(revision.valueId()).isNull();
        assertThat(revision.principleId()).isEqualTo(PRINCIPLE);
    }

    @Test
    void refusesANewValueWhoseNameIsLongerThanANameMayBe() {
        assertThatThrownBy(() -> new ProposedChange(
                        ChangeProposal.Kind.DEFINE_VALUE, null, null, "v".repeat(121), null, "why", null))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("text"));
    }

    @Test
    void anAppointmentNamesThePersonAndATermThatEndsAfterItStarts() {
        assertThatThrownBy(() -> new ProposedChange(
                        ChangeProposal.Kind.APPOINT_MEMBER, null, null, null, null, "why", null, null))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("personId"));
        assertThatThrownBy(() -> new ProposedChange.Seat(BO, Coherence.TODAY, Coherence.TODAY))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("termEndsOn"));
        var seat = new ProposedChange.Seat(BO, Coherence.TODAY, Coherence.TODAY.plusYears(1));
        var appointment = ChangeProposal.propose(
                ORG,
                new ProposedChange(ChangeProposal.Kind.APPOINT_MEMBER, null, null, null, null, "why", null, seat),
                "Appoint to the governance body 'Bo'",
                DECISION,
                ANA,
                NOW);
        assertThat(appointment.memberId()).isEqualTo(BO);
        assertThat(appointment.termEndsOn()).isEqualTo(Coherence.TODAY.plusYears(1));
        assertThat(appointment.kind().aboutCoherence()).isFalse();
    }

    @Test
    void aChangeToAPrincipleNamesThePrinciple() {
        assertThatThrownBy(() ->
                        new ProposedChange(ChangeProposal.Kind.RETIRE_PRINCIPLE, null, null, null, null, "why", null))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("proposal.principle.required"));
    }

    @Test
    void newWordingIsWrittenOut() {
        assertThatThrownBy(() -> new ProposedChange(
                        ChangeProposal.Kind.REVISE_PRINCIPLE, null, PRINCIPLE, " ", null, "why", null))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("proposal.text.required"));
    }

    @Test
    void retiringOrRevisingAValueNeedsNoNewWording() {
        var retire = new ProposedChange(ChangeProposal.Kind.RETIRE_VALUE, VALUE, null, null, null, "why", null);
        var revise = new ProposedChange(ChangeProposal.Kind.REVISE_VALUE, VALUE, null, null, "new words", "why", null);

        assertThat(retire.text()).isNull();
        assertThat(revise.description()).isEqualTo("new words");
    }

    @Test
    void saysTheChangeInWords() {
        var revise = new ProposedChange(
                ChangeProposal.Kind.REVISE_PRINCIPLE, null, PRINCIPLE, "Decide where the work is", null, "why", null);
        var define = new ProposedChange(ChangeProposal.Kind.DEFINE_VALUE, null, null, " Open ", null, "why", null);
        var adopt =
                new ProposedChange(ChangeProposal.Kind.ADOPT_PRINCIPLE, VALUE, null, "Write it down", null, "w", null);

        assertThat(revise.subject("Decide close to the work"))
                .isEqualTo("Revise the principle 'Decide close to the work'");
        assertThat(define.subject(null)).isEqualTo("Define the value 'Open'");
        assertThat(adopt.subject("Open by default")).isEqualTo("Adopt a principle under 'Open by default'");
    }

    @Test
    void aProposalAwaitsItsConsentDecisionAndSaysWhoProposedIt() {
        var proposal = proposal(null);

        assertThat(proposal.status()).isEqualTo(ChangeProposal.Status.PENDING);
        assertThat(proposal.recordedEvents()).singleElement().isInstanceOfSatisfying(ChangeProposed.class, e -> {
            assertThat(e.actor()).isEqualTo(BO);
            assertThat(e.decisionId()).isEqualTo(DECISION);
            assertThat(e.subject()).isEqualTo("Revise the principle 'Decide close to the work'");
            assertThat(e.rationale()).isEqualTo("Teams asked");
        });
    }

    @Test
    void adoptingIsDoneByTheDecider() {
        var proposal = proposal(null);
        proposal.releaseEvents();

        proposal.adopt(ANA, NOW);

        assertThat(proposal.status()).isEqualTo(ChangeProposal.Status.ADOPTED);
        assertThat(proposal.recordedEvents()).singleElement().isInstanceOfSatisfying(ChangeAdopted.class, e -> {
            assertThat(e.actor()).isEqualTo(ANA);
            assertThat(e.proposedBy()).isEqualTo(BO);
            assertThat(e.principleId()).isEqualTo(PRINCIPLE);
            assertThat(e.text()).isEqualTo("Decide where the work is");
        });
    }

    @Test
    void aProposalIsAdoptedOnce() {
        var proposal = proposal(null);
        proposal.adopt(ANA, NOW);

        assertThatThrownBy(() -> proposal.adopt(ANA, NOW)).isInstanceOf(StateConflict.class);
    }

    @Test
    void anAdoptedChangeIsTriggeredByItsDecisionUnlessItNamedFeedback() {
        var intent = new Trigger(Trigger.Kind.INTENT, UUID.randomUUID());

        assertThat(proposal(null).adoptionTrigger()).isEqualTo(new Trigger(Trigger.Kind.DECISION, DECISION.value()));
        assertThat(proposal(intent).adoptionTrigger()).isEqualTo(intent);
    }

    @Test
    void refusesATriggerThatDoesNotNameItsFeedback() {
        assertThatThrownBy(() -> new Trigger(Trigger.Kind.DECISION, null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new Trigger(null, UUID.randomUUID())).isInstanceOf(RuleViolation.class);
    }

    private static ChangeProposal proposal(Trigger trigger) {
        var change = new ProposedChange(
                ChangeProposal.Kind.REVISE_PRINCIPLE,
                null,
                PRINCIPLE,
                "Decide where the work is",
                null,
                "Teams asked",
                trigger);
        return ChangeProposal.propose(ORG, change, change.subject("Decide close to the work"), DECISION, BO, NOW);
    }
}
