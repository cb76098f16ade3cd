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

/** Who may seat someone on the governance body now (DOMAIN.md §13). */
class BodyAuthorityTests {

    static final DecisionId ADOPTED = new DecisionId(UUID.fromString("00000000-0000-0000-0000-00000000d002"));

    @Test
    void letsTheAdminSeatTheFirstMemberOfABodyWithoutMembers() {
        assertThat(BodyAuthority.mayAppointDirectly(true, false)).isTrue();
        assertThatCode(() -> BodyAuthority.require(true, false, null)).doesNotThrowAnyException();
    }

    @Test
    void refusesAnyoneSeatingDirectlyOnceTheBodyHasMembers() {
        assertThat(BodyAuthority.mayAppointDirectly(true, true)).isFalse();
        assertThatThrownBy(() -> BodyAuthority.require(true, true, null))
                .isInstanceOfSatisfying(ChangeReserved.class, e -> {
                    assertThat(e.change()).isEqualTo(OrganizationChange.GOVERNANCE_TERMS);
                    assertThat(e.process()).isEqualTo(Process.CONSENT_OF_BODY);
                });
    }

    @Test
    void refusesAMemberSeatingAnyoneWhileTheAdminActsForTheBody() {
        assertThatThrownBy(() -> BodyAuthority.require(false, false, null))
                .isInstanceOfSatisfying(
                        ChangeReserved.class, e -> assertThat(e.process()).isEqualTo(Process.ADMIN_UNTIL_BODY_EXISTS));
    }

    @Test
    void seatsWhomTheBodyAppointedByConsent() {
        assertThatCode(() -> BodyAuthority.require(false, true, ADOPTED)).doesNotThrowAnyException();
        assertThat(BodyAuthority.process(true)).isEqualTo(Process.CONSENT_OF_BODY);
    }
}
