package org.baton.web.principles;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.principles.ChangeProposal;
import org.baton.principles.Principle;
import org.baton.principles.Value;
import org.baton.shared.OrganizationId;

/** A proposed change as listed, linked to the consent decision that adopts it. */
public record ProposalRow(
        String kind,
        String subject,
        String text,
        String rationale,
        String by,
        Instant at,
        boolean adopted,
        UUID decisionId) {

    /** The proposals as listed: each with what it is about (a value, a principle or a person) and who proposed it. */
    static List<ProposalRow> of(
            OrganizationId org,
            List<ChangeProposal> proposals,
            List<Value> values,
            List<Principle> all,
            People people) {
        var names = people.byId(
                org,
                proposals.stream()
                        .flatMap(p -> Stream.of(p.proposedBy(), p.memberId()))
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList());
        return proposals.stream()
                .map(p -> new ProposalRow(
                        p.kind().name(),
                        p.memberId() != null ? name(names, p.memberId()) : subject(p, values, all),
                        p.text(),
                        p.rationale(),
                        name(names, p.proposedBy()),
                        p.proposedAt(),
                        p.status() == ChangeProposal.Status.ADOPTED,
                        p.decisionId().value()))
                .toList();
    }

    private static String name(Map<PersonId, Person> names, PersonId id) {
        return names.containsKey(id) ? names.get(id).name() : "";
    }

    /** What a proposal is about: the value's name or the principle's statement, empty for a new value. */
    private static String subject(ChangeProposal p, List<Value> values, List<Principle> all) {
        if (p.principleId() != null) {
            return all.stream()
                    .filter(x -> x.id().equals(p.principleId()))
                    .map(Principle::statement)
                    .findFirst()
                    .orElse("");
        }
        if (p.valueId() != null) {
            return values.stream()
                    .filter(v -> v.id().equals(p.valueId()))
                    .map(Value::name)
                    .findFirst()
                    .orElse("");
        }
        return "";
    }
}
