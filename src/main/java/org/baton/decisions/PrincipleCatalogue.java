package org.baton.decisions;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.baton.shared.OrganizationId;

/**
 * What the decisions module needs to know of the organization's principles, to apply the principle-check
 * zone. Implemented by the principles module, so that decisions never depend on it.
 */
public interface PrincipleCatalogue {

    /** Which of these ids are active principles of the organization. */
    Set<UUID> active(OrganizationId org, Collection<UUID> ids);

    /** Active principles most likely relevant to a decision described by {@code text}, best first. */
    List<PrincipleHint> likelyRelevant(OrganizationId org, String text, int limit);

    record PrincipleHint(UUID id, String statement) {}
}
