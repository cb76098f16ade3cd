package org.baton.decisions;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.zones.AreaId;
import org.baton.zones.Zone;

/**
 * Where a decision comes from: who raised it and when, the decision it corrects and the intent it carries out
 * (either may be null), and the decision area whose zone routed it (null when it names no area).
 */
public record Origin(
        PersonId proposerId, Instant raisedAt, DecisionId correctsId, UUID intentId, AreaId areaId, Zone zone) {}
