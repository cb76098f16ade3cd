package org.baton.shared;

import java.time.Instant;

/**
 * A fact of the domain, named in the past tense, that other modules may react to. Every event says in which
 * organization and when it happened; each module's events form a sealed family (e.g. {@code DecisionEvent})
 * so that a consumer can switch over all of them and the compiler tells it when a new fact appears.
 */
public interface DomainEvent {

    OrganizationId organizationId();

    Instant at();
}
