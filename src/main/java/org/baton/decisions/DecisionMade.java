package org.baton.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.zones.AreaId;
import org.baton.zones.Zone;

/**
 * The decider decided: the record's choice, why, under which principles, what they expect, when to look back.
 * {@code fellBack} says that a consent round did not reach consent and its decider decided alone (advice process):
 * a change that needs the consent of a group is not made by such a decision.
 */
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
        LocalDate reviewOn,
        boolean fellBack)
        implements DecisionEvent {

    /** Whether a consent round passed: made by consent, not by its decider alone after it fell back. */
    public boolean byConsent() {
        return method == DecisionMethod.CONSENT && !fellBack;
    }

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
                o.reviewOn(),
                d.standing().fellBack());
    }
}
