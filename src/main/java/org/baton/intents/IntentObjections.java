package org.baton.intents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;

/** The objections raised to one intent, in the order they were raised. Amending addresses all of them. */
final class IntentObjections {

    private final List<IntentObjection> raised;

    IntentObjections(List<IntentObjection> raised) {
        this.raised = new ArrayList<>(raised);
    }

    IntentObjection raise(PersonId by, String reasonedHarm, Instant now) {
        var objection = new IntentObjection(UUID.randomUUID(), by, reasonedHarm, now, false);
        raised.add(objection);
        return objection;
    }

    /** Marks every objection addressed; returns who raised the ones that were still open. */
    List<PersonId> addressAll() {
        var openedBy = raised.stream()
                .filter(o -> !o.addressed())
                .map(IntentObjection::raisedBy)
                .distinct()
                .toList();
        raised.replaceAll(o -> new IntentObjection(o.id(), o.raisedBy(), o.harm(), o.raisedAt(), true));
        return openedBy;
    }

    /** Everyone who objected, addressed or not, once each. */
    List<PersonId> objectors() {
        return raised.stream().map(IntentObjection::raisedBy).distinct().toList();
    }

    List<IntentObjection> list() {
        return List.copyOf(raised);
    }
}
