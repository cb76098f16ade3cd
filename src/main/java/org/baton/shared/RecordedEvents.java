package org.baton.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The events an aggregate recorded while it changed, kept until its module has saved it and publishes them.
 * Aggregates only record what happened; who hears of it is decided by the listeners.
 */
public final class RecordedEvents<E extends DomainEvent> {

    private final List<E> recorded = new ArrayList<>();

    public void record(E event) {
        recorded.add(event);
    }

    /** Hands the recorded events over for publishing and forgets them, so none is published twice. */
    public List<E> release() {
        var released = List.copyOf(recorded);
        recorded.clear();
        return released;
    }

    /** What was recorded and not yet released; for tests of an aggregate. */
    public List<E> peek() {
        return List.copyOf(recorded);
    }
}
