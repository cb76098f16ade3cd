package org.baton.decisions;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.zones.AreaId;
import org.baton.zones.Zone;

/** A decision was raised, to be made by {@code method} with {@code decider} deciding. */
public record DecisionRaised(
        OrganizationId organizationId,
        DecisionId decisionId,
        Instant at,
        PersonId actor,
        DecisionSubject subject,
        DecisionMethod method,
        PersonId decider,
        AreaId areaId,
        Zone zone)
        implements DecisionEvent {

    static DecisionRaised of(Decision d) {
        return new DecisionRaised(
                d.organizationId(),
                d.id(),
                d.raisedAt(),
                d.proposerId(),
                d.subject(),
                d.method(),
                d.deciderId(),
                d.areaId(),
                d.zone());
    }
}
