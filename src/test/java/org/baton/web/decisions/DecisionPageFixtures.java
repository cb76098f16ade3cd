package org.baton.web.decisions;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.baton.decisions.Consequence;
import org.baton.decisions.Decision;
import org.baton.decisions.DecisionId;
import org.baton.decisions.DecisionMethod;
import org.baton.decisions.DecisionStatus;
import org.baton.decisions.DecisionStep;
import org.baton.decisions.Proposal;
import org.baton.decisions.Reversibility;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.teams.Scope;

/**
 * A decision as its page reads it, for slice tests that have no database: an open consent decision whose
 * {@code stepsOpenTo} answers the steps a test chooses, as the aggregate itself would.
 */
final class DecisionPageFixtures {

    static final OrganizationId ORG = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final PersonId ANA = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final PersonId BEN = new PersonId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));
    static final DecisionId DECISION = new DecisionId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));

    private DecisionPageFixtures() {}

    /** An open consent decision that Ana decides, offering {@code open} to whoever looks at it. */
    static Decision anOpenConsentDecision(DecisionStep... open) {
        var decision = mock(Decision.class);
        when(decision.id()).thenReturn(DECISION);
        when(decision.organizationId()).thenReturn(ORG);
        when(decision.title()).thenReturn("Switch the billing provider");
        when(decision.status()).thenReturn(DecisionStatus.OPEN);
        when(decision.method()).thenReturn(DecisionMethod.CONSENT);
        when(decision.recommendedMethod()).thenReturn(DecisionMethod.CONSENT);
        when(decision.reversibility()).thenReturn(Reversibility.values()[0]);
        when(decision.consequence()).thenReturn(Consequence.values()[0]);
        when(decision.scope()).thenReturn(Scope.ORGANIZATION);
        when(decision.proposerId()).thenReturn(ANA);
        when(decision.deciderId()).thenReturn(ANA);
        when(decision.currentProposal())
                .thenReturn(
                        new Proposal(1, "Move to the new provider in April.", Instant.parse("2026-03-03T10:00:00Z")));
        when(decision.stepsOpenTo(any(), any())).thenReturn(Set.of(open));
        return decision;
    }
}
