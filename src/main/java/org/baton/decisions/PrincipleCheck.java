package org.baton.decisions;

import java.util.List;
import java.util.UUID;
import org.baton.zones.Zone;

/**
 * The principle-check zone's rule: a decision there is expected to cite a principle it applied. One that cites
 * none is recorded all the same and flagged {@link DecisionFlag#PRINCIPLE_UNCITED} for human attention, with the
 * principles likely relevant shown next to it: the check assists learning and never vetoes. Whether what is
 * cited is an active principle of the organization is checked in every zone, before.
 */
final class PrincipleCheck {

    private PrincipleCheck() {}

    static List<DecisionFlag> flags(Zone zone, List<UUID> cited) {
        boolean uncited = cited == null || cited.isEmpty();
        return zone == Zone.PRINCIPLE_CHECK && uncited ? List.of(DecisionFlag.PRINCIPLE_UNCITED) : List.of();
    }
}
