package org.baton.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.decisions.DecisionBuilder.ANA;
import static org.baton.decisions.DecisionBuilder.BEN;
import static org.baton.decisions.DecisionBuilder.CARA;
import static org.baton.decisions.DecisionBuilder.DAN;
import static org.baton.decisions.DecisionBuilder.HOME_BASE;
import static org.baton.decisions.DecisionBuilder.NOW;
import static org.baton.decisions.DecisionBuilder.aConsentDecision;
import static org.baton.decisions.DecisionBuilder.anAdviceDecision;

import java.util.List;
import org.baton.shared.RuleViolation;
import org.baton.shared.Visibility;
import org.junit.jupiter.api.Test;

/** Who may see a decision: its visibility over its scope, and the people named on it. */
class DecisionVisibilityTests {

    @Test
    void isOpenToTheWholeOrganizationByDefault() {
        var decision = anAdviceDecision().raisedBy(ANA).build();

        assertThat(decision.visibility()).isEqualTo(Visibility.ORGANIZATION);
        assertThat(decision.audience().open()).isTrue();
    }

    @Test
    void namesItsProposerDeciderParticipantsAndTheImpacted() {
        var decision = aConsentDecision()
                .raisedBy(ANA)
                .in(HOME_BASE)
                .visibleTo(Visibility.CONFIDENTIAL, List.of(BEN), List.of(CARA))
                .build();

        assertThat(decision.audience().visibility()).isEqualTo(Visibility.CONFIDENTIAL);
        assertThat(decision.audience().named()).containsExactlyInAnyOrder(ANA, BEN, CARA);
        assertThat(decision.audience().scope()).isEqualTo(HOME_BASE);
    }

    @Test
    void namesThoseAskedForAdviceOnceAsked() {
        var decision = anAdviceDecision()
                .raisedBy(ANA)
                .visibleTo(Visibility.CONFIDENTIAL, List.of(), List.of())
                .build();
        assertThat(decision.audience().named()).doesNotContain(DAN);

        decision.requestAdvice(ANA, List.of(DAN), NOW);

        assertThat(decision.audience().named()).contains(DAN);
    }

    @Test
    void refusesToKeepAnOrganizationWideDecisionToItsTeam() {
        var draft = anAdviceDecision().visibleTo(Visibility.TEAM, List.of(), List.of());

        assertThatThrownBy(draft::raise).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field())
                .isEqualTo("visibility"));
    }

    @Test
    void itsEventsCarryWhoMaySeeIt() {
        var decision = aConsentDecision()
                .raisedBy(ANA)
                .in(HOME_BASE)
                .visibleTo(Visibility.TEAM, List.of(), List.of(BEN))
                .raise();

        assertThat(decision.events().peek())
                .singleElement()
                .satisfies(e -> assertThat(e.subject().visibility()).isEqualTo(Visibility.TEAM))
                .satisfies(e -> assertThat(e.subject().named()).containsExactly(BEN));
    }
}
