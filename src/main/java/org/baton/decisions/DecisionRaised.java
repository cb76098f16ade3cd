package org.baton.decisions;

import java.time.Instant;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.zones.AreaId;
import org.baton.zones.Zone;

/**
 * A decision was raised, to be made by {@code method} with {@code decider} deciding. A consent round names its
 * {@code participants}, whose consent is asked; a decision that consults the impacted names the {@code impacted},
 * whose view is asked. Either list is empty for other methods.
 */
public record DecisionRaised(
        OrganizationId organizationId,
        DecisionId decisionId,
        Instant at,
        PersonId actor,
        DecisionSubject subject,
        DecisionMethod method,
        PersonId decider,
        AreaId areaId,
        Zone zone,
        List<PersonId> participants,
        List<PersonId> impacted)
        implements DecisionEvent {

    public DecisionRaised {
        participants = participants == null ? List.of() : List.copyOf(participants);
        impacted = impacted == null ? List.of() : List.copyOf(impacted);
    }

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
                d.zone(),
                d.participants(),
                d.consultations().stream().map(Consultation::personId).toList());
    }
}
