package org.baton.network;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.baton.shared.NotPermitted;
import org.junit.jupiter.api.Test;

class InitiativeAuthorityTests {

    @Test
    void aMemberOfTheGuidingCoalitionStartsInitiatives() {
        assertThatCode(() -> InitiativeAuthority.requireMayStart(true)).doesNotThrowAnyException();
    }

    @Test
    void refusesSomeoneOutsideTheCoalition() {
        assertThatThrownBy(() -> InitiativeAuthority.requireMayStart(false))
                .isInstanceOf(NotPermitted.class)
                .hasMessageContaining("guiding coalition");
    }
}
