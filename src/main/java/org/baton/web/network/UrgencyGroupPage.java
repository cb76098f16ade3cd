package org.baton.web.network;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.baton.network.UrgencyMember;
import org.baton.network.UrgencyReach;
import org.baton.network.UrgencyStep;
import org.baton.shared.Page;

/**
 * What the urgency group page shows, its members a page at a time; what the viewer may do comes from the group
 * ({@code steps}).
 */
public record UrgencyGroupPage(
        Set<UrgencyStep> steps,
        Page<UrgencyMember> members,
        List<ConversationRow> conversations,
        UrgencyReach reach,
        UrgencyReachChart chart) {

    /** A logged conversation with its people named. */
    public record ConversationRow(UUID id, String loggedBy, Instant heldAt, List<String> with, String note) {}

    public boolean can(String step) {
        return steps.contains(UrgencyStep.valueOf(step));
    }

    public static long percent(double share) {
        return Math.round(share * 100);
    }
}
