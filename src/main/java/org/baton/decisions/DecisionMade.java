package org.baton.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.zones.AreaId;
import org.baton.zones.Zone;

/** The decider decided: the record's choice, why, under which principles, what they expect, when to look back. */
public record DecisionMade(
        OrganizationId organizationId,
        DecisionId decisionId,
        Instant at,
        PersonId decider,
        DecisionSubject subject,
        AreaId areaId,
        Zone zone,
        DecisionMethod method,
        String choice,
        String rationale,
        List<UUID> principleIds,
        String expectedResult,
        LocalDate reviewOn)
        implements DecisionEvent {

    @Override
    public PersonId actor() {
        return decider;
    }

    static DecisionMade of(Decision d) {
        var o = d.outcome();
        return new DecisionMade(
                d.organizationId(),
                d.id(),
                o.decidedAt(),
                d.deciderId(),
                d.subject(),
                d.areaId(),
                d.zone(),
                d.method(),
                o.choice(),
                o.rationale(),
                o.principleIds(),
                o.expectedResult(),
                o.reviewOn());
    }
}
