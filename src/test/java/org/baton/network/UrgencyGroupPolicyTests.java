package org.baton.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class UrgencyGroupPolicyTests {

    private static final PersonId ANA = new PersonId(UUID.randomUUID());
    private static final PersonId BEN = new PersonId(UUID.randomUUID());

    @Test
    void someoneOutsideTheGroupMayOnlyJoinIt() {
        assertThat(UrgencyGroupPolicy.stepsOpenTo(false)).containsExactly(UrgencyStep.JOIN);
    }

    @Test
    void aMemberMayLeaveAndLogConversationsButNotJoinAgain() {
        assertThat(UrgencyGroupPolicy.stepsOpenTo(true))
                .containsExactlyInAnyOrder(UrgencyStep.LEAVE, UrgencyStep.LOG_CONVERSATION);
    }

    @Test
    void refusesAConversationLoggedBySomeoneOutsideTheGroup() {
        assertThatThrownBy(() -> UrgencyGroupPolicy.requireMayLogConversation(false))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void letsAMemberLogAConversation() {
        UrgencyGroupPolicy.requireMayLogConversation(true);

        assertThat(UrgencyGroupPolicy.stepsOpenTo(true)).contains(UrgencyStep.LOG_CONVERSATION);
    }

    @Test
    void refusesAConversationWithNobody() {
        assertRefusedWith(List.of(), "network.urgency.withNobody");
        assertRefusedWith(null, "network.urgency.withNobody");
    }

    @Test
    void refusesAConversationThatNamesTheOneLoggingIt() {
        assertRefusedWith(List.of(BEN, ANA), "network.urgency.withSelf");
    }

    @Test
    void refusesAConversationWithMoreThanFiftyPeople() {
        var many = new ArrayList<PersonId>();
        for (int i = 0; i < 51; i++) {
            many.add(new PersonId(UUID.randomUUID()));
        }
        assertRefusedWith(many, "network.urgency.withTooMany");
        assertThat(UrgencyGroup.requireWith(ANA, many.subList(0, 50))).hasSize(50);
    }

    @Test
    void namesEachPersonOnceInTheOrderGiven() {
        assertThat(UrgencyGroup.requireWith(ANA, List.of(BEN, BEN))).containsExactly(BEN);
    }

    private static void assertRefusedWith(List<PersonId> with, String code) {
        assertThatThrownBy(() -> UrgencyGroup.requireWith(ANA, with)).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.field()).isEqualTo("withPersonIds");
            assertThat(e.code()).isEqualTo(code);
        });
    }
}
