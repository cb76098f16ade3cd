package org.baton.log;

import java.util.List;
import java.util.UUID;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.principles.GovernanceEvent;
import org.baton.principles.MemberAppointed;
import org.baton.principles.PrincipleAdopted;
import org.baton.principles.PrincipleEvent;
import org.baton.principles.PrincipleRetired;
import org.baton.principles.PrincipleRevised;
import org.baton.principles.ValueDefined;
import org.baton.principles.ValueRetired;
import org.baton.principles.ValueRevised;
import org.baton.shared.DomainEvent;
import org.baton.teams.Scope;
import org.baton.zones.AreaDefined;
import org.baton.zones.CentreAppointed;
import org.baton.zones.MandateGranted;
import org.baton.zones.MandateRevoked;
import org.baton.zones.ZoneChanged;
import org.baton.zones.ZoneEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every organization-wide change becomes a log entry naming who made it and under which decision (its
 * provenance): values and principles defined, revised and retired, seats on the governance body, the centre
 * appointed, decision areas defined and moved between zones, mandates granted and revoked. Inside the
 * transaction of the change, like the other entries, so the chain holds exactly the changes made.
 */
@Component
class StructureEntries {

    private final DecisionLog log;
    private final People people;

    StructureEntries(DecisionLog log, People people) {
        this.log = log;
        this.people = people;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PrincipleEvent event) {
        var entry =
                switch (event) {
                    case ValueDefined e ->
                        new Entry("VALUE", e.valueId().value(), "DEFINED", e.name(), e.description());
                    case ValueRevised e -> new Entry("VALUE", e.valueId().value(), "REVISED", e.name(), e.rationale());
                    case ValueRetired e -> new Entry("VALUE", e.valueId().value(), "RETIRED", e.name(), e.rationale());
                    case PrincipleAdopted e ->
                        new Entry("PRINCIPLE", e.principleId().value(), "ADOPTED", e.statement(), e.rationale());
                    case PrincipleRevised e ->
                        new Entry("PRINCIPLE", e.principleId().value(), "REVISED", e.statement(), e.rationale());
                    case PrincipleRetired e ->
                        new Entry("PRINCIPLE", e.principleId().value(), "RETIRED", e.statement(), e.rationale());
                };
        append(
                event,
                event.actor(),
                entry,
                "",
                event.decisionId() == null ? null : event.decisionId().value());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(GovernanceEvent event) {
        if (event instanceof MemberAppointed e) {
            String member = people.find(e.organizationId(), e.member())
                    .map(Person::name)
                    .orElse("");
            var entry = new Entry(
                    "GOVERNANCE",
                    e.termId(),
                    "MEMBER_APPOINTED",
                    member,
                    e.startsOn() + " – " + (e.endsOn() == null ? "" : e.endsOn()));
            append(
                    e,
                    e.actor(),
                    entry,
                    "",
                    e.decisionId() == null ? null : e.decisionId().value());
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ZoneEvent event) {
        var entry =
                switch (event) {
                    case CentreAppointed e ->
                        // The organization has one centre; it is its own subject.
                        new Entry(
                                "CENTRE",
                                e.organizationId().value(),
                                "APPOINTED",
                                e.centre(),
                                String.join(", ", names(e, e.memberIds())));
                    case AreaDefined e -> new Entry("AREA", e.areaId().value(), "DEFINED", e.area(), "");
                    case ZoneChanged e -> new Entry("AREA", e.areaId().value(), "ZONE_CHANGED", e.area(), "");
                    case MandateGranted e -> new Entry("AREA", e.areaId().value(), "MANDATE_GRANTED", e.area(), "");
                    case MandateRevoked e -> new Entry("AREA", e.areaId().value(), "MANDATE_REVOKED", e.area(), "");
                };
        String choice =
                switch (event) {
                    case AreaDefined e -> e.zone().name();
                    case ZoneChanged e -> e.from().name() + " → " + e.to().name();
                    case MandateGranted e -> e.holder().name();
                    case MandateRevoked e -> e.holder().name();
                    case CentreAppointed e -> "";
                };
        append(event, event.actor(), entry, choice, event.decisionId());
    }

    /** What the entry says: the kind of subject and which, the step, its title and its context. */
    private record Entry(String subjectType, UUID subjectId, String step, String title, String context) {}

    private void append(DomainEvent event, PersonId actor, Entry entry, String choice, UUID decision) {
        log.append(
                event.organizationId(),
                actor,
                entry.subjectType(),
                entry.subjectId(),
                entry.subjectType() + "_" + entry.step(),
                event.at(),
                entry.title(),
                entry.context(),
                choice,
                "",
                List.of(),
                Scope.ORGANIZATION,
                decision);
    }

    private List<String> names(CentreAppointed e, List<PersonId> ids) {
        var byId = people.byId(e.organizationId(), ids);
        return ids.stream()
                .map(id -> byId.get(id) == null ? "" : byId.get(id).name())
                .toList();
    }
}
