package org.baton.roles;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/**
 * Someone put forward for a seat of a role, with the reason why (sociocratic selection): anyone may nominate
 * anyone, themselves included, and must say why. Open until a selection seats the nominee, then closed; the
 * reasons are cited when a selection is proposed.
 */
public record Nomination(
        UUID id,
        OrganizationId organizationId,
        RoleId roleId,
        PersonId nomineeId,
        PersonId nominatedBy,
        String reason,
        Instant nominatedAt,
        boolean open) {

    public Nomination {
        Objects.requireNonNull(nomineeId, "nomineeId");
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "role.nomination.reason", "Say why this person should hold the role.");
        }
        reason = TextLimits.require("reason", reason.strip(), TextLimits.TEXT);
    }

    static Nomination of(OrganizationId org, RoleId role, PersonId nominee, PersonId by, String reason, Instant now) {
        if (nominee == null) {
            throw new RuleViolation("nomineeId", "role.nomination.nominee", "Name the person you nominate.");
        }
        return new Nomination(UUID.randomUUID(), org, role, nominee, by, reason, now, true);
    }
}
