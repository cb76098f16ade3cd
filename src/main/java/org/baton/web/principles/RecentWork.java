package org.baton.web.principles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.baton.decisions.DecisionFilter;
import org.baton.decisions.DecisionId;
import org.baton.decisions.Decisions;
import org.baton.intents.IntentFilter;
import org.baton.intents.IntentId;
import org.baton.intents.Intents;
import org.baton.principles.Trigger;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The decisions and intents a change to a principle, or a tension with one, can point to: the recent ones
 * to choose from, and any one by id to show and link. Only those open to the whole organization: what prompted
 * an organization-wide change is shown with it to everyone.
 */
@Component
class RecentWork {

    private static final int RECENT = 15;

    private final Decisions decisions;
    private final Intents intents;

    RecentWork(Decisions decisions, Intents intents) {
        this.decisions = decisions;
        this.intents = intents;
    }

    List<WorkLink> decisions(OrganizationId org) {
        return decisions.listOpenToAll(org, DecisionFilter.ALL, new PageRequest(0, RECENT)).items().stream()
                .map(d -> new WorkLink("DECISION", d.id().value(), d.title()))
                .toList();
    }

    List<WorkLink> intents(OrganizationId org) {
        return intents.listOpenToAll(org, IntentFilter.ALL, new PageRequest(0, RECENT)).items().stream()
                .map(i -> new WorkLink("INTENT", i.id().value(), i.statement()))
                .toList();
    }

    /** The decision, intent or review a trigger names; a review has no label of its own. */
    Optional<WorkLink> of(OrganizationId org, Trigger trigger) {
        return trigger == null ? Optional.empty() : find(org, trigger.kind().name(), trigger.id());
    }

    Optional<WorkLink> find(OrganizationId org, String type, UUID id) {
        if (type == null || id == null) {
            return Optional.empty();
        }
        return switch (type) {
            case "DECISION" ->
                decisions
                        .find(org, new DecisionId(id))
                        .filter(d -> d.audience().open())
                        .map(d -> new WorkLink(type, id, d.title()));
            case "INTENT" ->
                intents.find(org, new IntentId(id))
                        .filter(i -> i.audience().open())
                        .map(i -> new WorkLink(type, id, i.statement()));
            case "REVIEW" -> Optional.of(new WorkLink(type, id, ""));
            default -> Optional.empty();
        };
    }

    /**
     * The decision or intent chosen as {@code TYPE:id}; empty when nothing was chosen. An unknown choice is
     * refused by the caller, naming its field.
     */
    Optional<WorkLink> chosen(OrganizationId org, String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        String[] parts = key.strip().split(":", 2);
        if (parts.length != 2 || !List.of("DECISION", "INTENT").contains(parts[0])) {
            return Optional.of(new WorkLink("UNKNOWN", null, ""));
        }
        try {
            return Optional.of(
                    find(org, parts[0], UUID.fromString(parts[1])).orElse(new WorkLink("UNKNOWN", null, "")));
        } catch (IllegalArgumentException malformed) {
            return Optional.of(new WorkLink("UNKNOWN", null, ""));
        }
    }

    static Trigger trigger(WorkLink subject) {
        return subject == null ? null : new Trigger(Trigger.Kind.valueOf(subject.type()), subject.id());
    }

    /** Keeps a chosen subject in the choices even when it is no longer among the recent ones. */
    static List<WorkLink> including(List<WorkLink> recent, Optional<WorkLink> chosen) {
        if (chosen.isEmpty()
                || chosen.get().id() == null
                || recent.stream().anyMatch(s -> s.id().equals(chosen.get().id()))) {
            return recent;
        }
        var all = new ArrayList<>(recent);
        all.addFirst(chosen.get());
        return all;
    }
}
