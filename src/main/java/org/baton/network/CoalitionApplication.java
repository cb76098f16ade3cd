package org.baton.network;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.baton.people.PersonId;

/**
 * Someone's application to a coalition call: their motivation, the energy they bring and the initiative they care
 * about, with the panel's ratings (one per panel member).
 */
public record CoalitionApplication(
        UUID id,
        PersonId personId,
        String motivation,
        String energy,
        String initiativeInterest,
        Instant appliedAt,
        List<CoalitionRating> ratings) {

    public CoalitionApplication {
        ratings = List.copyOf(ratings);
    }

    /** The panel's mean rating of the applicant's attitude, empty while nobody rated it. */
    public OptionalDouble meanAttitude() {
        return mean(CoalitionRating::attitude);
    }

    /** The panel's mean rating of the energy the applicant brings, empty while nobody rated it. */
    public OptionalDouble meanEnergy() {
        return mean(CoalitionRating::energy);
    }

    /** What the selection weighs of this application. */
    public RatedApplication rated() {
        return new RatedApplication(
                id,
                personId,
                meanAttitude().isPresent() ? meanAttitude().getAsDouble() : null,
                meanEnergy().isPresent() ? meanEnergy().getAsDouble() : null,
                ratings.size());
    }

    /** This rater's rating, if they gave one. */
    public java.util.Optional<CoalitionRating> ratingBy(PersonId rater) {
        return ratings.stream().filter(r -> r.raterId().equals(rater)).findFirst();
    }

    /** The same application with {@code rating} in place of any earlier one by the same rater. */
    CoalitionApplication withRating(CoalitionRating rating) {
        var kept = new java.util.ArrayList<CoalitionRating>(ratings.stream()
                .filter(r -> !r.raterId().equals(rating.raterId()))
                .toList());
        kept.add(rating);
        return new CoalitionApplication(id, personId, motivation, energy, initiativeInterest, appliedAt, kept);
    }

    private OptionalDouble mean(ToIntFunction<CoalitionRating> score) {
        return ratings.stream().mapToInt(score).average();
    }
}
