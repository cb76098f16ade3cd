package org.baton.web.network;

import java.time.Instant;
import java.util.UUID;
import org.baton.network.OpportunityVersion;

/** A line of the statement's history: its number, status, who proposed it and the decision that decides it. */
public record OpportunityVersionRow(
        int number,
        String text,
        OpportunityVersion.Status status,
        String proposedBy,
        Instant proposedAt,
        Instant adoptedAt,
        UUID decisionId) {

    static OpportunityVersionRow of(OpportunityVersion v, String proposedBy) {
        return new OpportunityVersionRow(
                v.number(),
                v.text(),
                v.status(),
                proposedBy,
                v.proposedAt(),
                v.adoptedAt(),
                v.decisionId() == null ? null : v.decisionId().value());
    }

    public String statusKey() {
        return "network.opportunity.status." + status.name();
    }

    public String badgeClass() {
        return switch (status) {
            case ADOPTED -> "badge badge-active";
            case PROPOSED -> "badge badge-proposed";
            case DECLINED -> "badge badge-retired";
        };
    }
}
