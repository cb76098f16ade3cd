package org.baton.decisions;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.baton.decisions.PrincipleCatalogue.PrincipleHint;
import org.baton.shared.RuleViolation;

/**
 * The principle-check zone's rule: a decision cites at least one active principle it applied. A refusal
 * names the principles that look relevant, to help the decider rather than to veto.
 */
public record PrincipleCheck(List<UUID> cited, Set<UUID> active, List<PrincipleHint> likelyRelevant) {

    public static final PrincipleCheck NOT_NEEDED = new PrincipleCheck(List.of(), Set.of(), List.of());

    void require() {
        var inactive = cited.stream().filter(id -> !active.contains(id)).toList();
        if (!inactive.isEmpty()) {
            throw new RuleViolation(
                    "principleIds",
                    "decision.principle.inactive",
                    "These are not active principles of the organization: " + inactive,
                    inactive.toString());
        }
        if (active.isEmpty()) {
            String hints = likelyRelevant.isEmpty()
                    ? "No principles are defined yet."
                    : "Likely relevant: "
                            + likelyRelevant.stream()
                                    .map(h -> "'" + h.statement() + "' (" + h.id() + ")")
                                    .collect(Collectors.joining("; "));
            throw new RuleViolation(
                    "principleIds",
                    "decision.principle.required",
                    "This area is in the principle-check zone: cite at least one active principle you applied (principleIds). "
                            + hints,
                    hints);
        }
    }
}
