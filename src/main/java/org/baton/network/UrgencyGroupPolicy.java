package org.baton.network;

import java.util.EnumSet;
import java.util.Set;
import org.baton.shared.NotPermitted;

/**
 * Who may do what with the urgency group (DOMAIN.md §11). Anyone of the organization may opt in, and a member may opt
 * out again; only its current members log the conversations through which they spread the opportunity statement, so
 * that reach counts what the group did rather than anyone's claim about a conversation.
 */
final class UrgencyGroupPolicy {

    private UrgencyGroupPolicy() {}

    /** The steps open to someone who is, or is not, a member of the group now. */
    static Set<UrgencyStep> stepsOpenTo(boolean member) {
        return member ? EnumSet.of(UrgencyStep.LEAVE, UrgencyStep.LOG_CONVERSATION) : EnumSet.of(UrgencyStep.JOIN);
    }

    static void requireMayLogConversation(boolean member) {
        if (!stepsOpenTo(member).contains(UrgencyStep.LOG_CONVERSATION)) {
            throw new NotPermitted("Only members of the urgency group log its conversations.");
        }
    }
}
