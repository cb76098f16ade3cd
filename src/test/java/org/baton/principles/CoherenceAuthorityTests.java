package org.baton.principles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.shared.ChangeReserved;
import org.baton.shared.OrganizationChange;
import org.baton.shared.OrganizationChange.Process;
import org.junit.jupiter.api.Test;

/** Who may define, revise or retire values and principles now (DOMAIN.md §13). */
class CoherenceAuthorityTests {

    static final boolean ADMIN = true;
    static final boolean MEMBER = false;
    static final DecisionId ADOPTED = new DecisionId(UUID.fromString("00000000-0000-0000-0000-00000000d001"));

    @Test
    void letsTheAdminChangeValuesDirectlyWhileThereIsNoBody() {
        assertThat(CoherenceAuthority.mayChangeDirectly(ADMIN, false)).isTrue();
        assertThatCode(() -> CoherenceAuthority.require(ADMIN, false, null)).doesNotThrowAnyException();
    }

    @Test
    void refusesTheAdminADirectChangeOnceTheBodyExistsAndPointsToAProposal() {
        assertThat(CoherenceAuthority.mayChangeDirectly(ADMIN, true)).isFalse();
        assertThatThrownBy(() -> CoherenceAuthority.require(ADMIN, true, null))
                .isInstanceOfSatisfying(ChangeReserved.class, e -> {
                    assertThat(e.change()).isEqualTo(OrganizationChange.VALUES_AND_PRINCIPLES);
                    assertThat(e.process()).isEqualTo(Process.CONSENT_OF_BODY);
                    assertThat(e.code()).isEqualTo("authority.values.byBody");
                });
    }

    @Test
    void refusesAMemberADirectChangeEvenWhileThereIsNoBodyBecauseTheAdminActsForIt() {
        assertThat(CoherenceAuthority.mayChangeDirectly(MEMBER, false)).isFalse();
        assertThatThrownBy(() -> CoherenceAuthority.require(MEMBER, false, null))
                .isInstanceOfSatisfying(
                        ChangeReserved.class, e -> assertThat(e.process()).isEqualTo(Process.ADMIN_UNTIL_BODY_EXISTS));
    }

    @Test
    void makesAChangeAdoptedByTheBodysConsentDecisionWhoeverDecidedIt() {
        assertThatCode(() -> CoherenceAuthority.require(MEMBER, true, ADOPTED)).doesNotThrowAnyException();
    }

    @Test
    void namesConsentOfTheBodyAsTheProcessOnceItExistsAndTheAdminBefore() {
        assertThat(CoherenceAuthority.process(true)).isEqualTo(Process.CONSENT_OF_BODY);
        assertThat(CoherenceAuthority.process(false)).isEqualTo(Process.ADMIN_UNTIL_BODY_EXISTS);
    }

    @Test
    void letsAMemberOfTheBodyChangeAPrincipleInAReviewButNoOneElse() {
        assertThatCode(() -> CoherenceAuthority.requireReviewOutcome(true, false, true))
                .doesNotThrowAnyException();
        assertThatCode(() -> CoherenceAuthority.requireReviewOutcome(false, ADMIN, false))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CoherenceAuthority.requireReviewOutcome(false, ADMIN, true))
                .isInstanceOfSatisfying(
                        ChangeReserved.class, e -> assertThat(e.code()).isEqualTo("authority.review.byBody"));
        assertThatThrownBy(() -> CoherenceAuthority.requireReviewOutcome(false, MEMBER, false))
                .isInstanceOfSatisfying(
                        ChangeReserved.class, e -> assertThat(e.process()).isEqualTo(Process.ADMIN_UNTIL_BODY_EXISTS));
    }
}
