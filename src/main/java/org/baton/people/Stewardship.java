package org.baton.people;

import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;

/**
 * Who may choose a person's steward (DOMAIN.md §3): the person themselves, their current steward handing them on
 * to someone else, or an admin setting up the organization. A steward guides growth in 1:1s; they are not a
 * manager, and nobody is their own steward.
 *
 * @param personId whose steward is chosen
 * @param currentStewardId their steward now, if any
 */
record Stewardship(PersonId personId, PersonId currentStewardId) {

    /** Whether {@code by} (an admin when {@code admin}) may choose this person's steward. */
    boolean allowsChoiceBy(PersonId by, boolean admin) {
        return admin || (by != null && (by.equals(personId) || by.equals(currentStewardId)));
    }

    /** Refuses a choice by {@code by} unless this policy allows it. */
    void requireChoiceBy(PersonId by, boolean admin) {
        if (!allowsChoiceBy(by, admin)) {
            throw new NotPermitted("Only the person, their current steward or an admin chooses a person's steward.");
        }
    }

    /** Refuses no steward at all, and the person as their own steward. */
    void requireCandidate(PersonId stewardId) {
        if (stewardId == null) {
            throw new RuleViolation("stewardId", "steward.required", "Choose a steward.");
        }
        if (stewardId.equals(personId)) {
            throw new RuleViolation("stewardId", "steward.self", "Nobody is their own steward.");
        }
    }
}
