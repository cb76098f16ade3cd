package org.baton.web.decisions;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.baton.principles.Principle;
import org.baton.principles.Principles;
import org.baton.principles.Status;
import org.baton.shared.OrganizationId;
import org.springframework.stereotype.Component;

/** The principles a decider or objector may cite (the active ones), and the statements of those cited. */
@Component
public class CitablePrinciples {

    /** A principle as a page shows it. */
    public record Cited(UUID id, String statement, boolean active) {}

    private final Principles principles;

    CitablePrinciples(Principles principles) {
        this.principles = principles;
    }

    public List<Cited> active(OrganizationId org) {
        return principles.principles(org, null).stream()
                .filter(p -> p.status() == Status.ACTIVE)
                .map(CitablePrinciples::cited)
                .toList();
    }

    /** The cited principles, in the order cited; any no longer found are left out. */
    public List<Cited> named(OrganizationId org, Collection<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Cited> all = principles.principles(org, null).stream()
                .map(CitablePrinciples::cited)
                .collect(Collectors.toMap(Cited::id, Function.identity()));
        return ids.stream().map(all::get).filter(java.util.Objects::nonNull).toList();
    }

    private static Cited cited(Principle p) {
        return new Cited(p.id().value(), p.statement(), p.status() == Status.ACTIVE);
    }
}
