package org.baton.network;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;

/** A panel member's rating of an application: attitude and energy, each 1 to 5. */
public record CoalitionRating(PersonId raterId, int attitude, int energy, Instant ratedAt) {

    public CoalitionRating {
        requireRange("attitude", attitude);
        requireRange("energy", energy);
    }

    private static void requireRange(String field, int score) {
        if (score < 1 || score > 5) {
            throw new RuleViolation(field, "network.coalition.rating.range", "Rate from 1 to 5.");
        }
    }
}
