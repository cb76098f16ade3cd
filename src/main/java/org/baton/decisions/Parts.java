package org.baton.decisions;

import java.util.ArrayList;
import java.util.List;

/**
 * Some parts of a decision (its proposals, objections, advice …) as loaded, remembering which were added and
 * which changed since, so that saving the decision writes those and nothing else.
 */
final class Parts<T> {

    private final List<T> all;
    private final List<T> added = new ArrayList<>();
    private final List<T> changed = new ArrayList<>();

    Parts(List<T> loaded) {
        this.all = new ArrayList<>(loaded);
    }

    void add(T part) {
        all.add(part);
        added.add(part);
    }

    /** Replaces a part where it stands. */
    void replace(T old, T updated) {
        all.set(all.indexOf(old), updated);
        track(old, updated);
    }

    /** Replaces a part and moves it last, as the latest of its kind. */
    void renew(T old, T updated) {
        all.remove(old);
        all.add(updated);
        track(old, updated);
    }

    private void track(T old, T updated) {
        if (added.remove(old)) {
            added.add(updated);
        } else {
            changed.remove(old);
            changed.add(updated);
        }
    }

    List<T> all() {
        return List.copyOf(all);
    }

    List<T> added() {
        return List.copyOf(added);
    }

    List<T> changed() {
        return List.copyOf(changed);
    }

    /** Everything is written: nothing is new or changed any more. */
    void saved() {
        added.clear();
        changed.clear();
    }
}
