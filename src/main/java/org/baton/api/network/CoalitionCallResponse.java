package org.baton.api.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.network.CoalitionApplication;
import org.baton.network.CoalitionCall;
import org.baton.network.CoalitionCallStatus;
import org.baton.network.CoalitionRules;
import org.baton.network.CoalitionStep;
import org.baton.people.PersonId;

/**
 * A coalition call as the caller sees it: everyone sees its terms, panel and how many applied; the panel sees the
 * applications with their mean ratings (and the caller's own rating), an applicant their own application, never
 * how the panel rated it (its rating fields are null, also in the panel's list). In a listing {@code applications}
 * is null: a call's own resource lists them. {@code steps} are what the caller may do with it now.
 */
record CoalitionCallResponse(
        UUID id,
        CoalitionCallStatus status,
        int seats,
        LocalDate closesOn,
        String criteria,
        List<UUID> panelIds,
        int applicationsCount,
        List<CoalitionApplicationResponse> applications,
        CoalitionApplicationResponse ownApplication,
        UUID decisionId,
        List<UUID> adoptedIds,
        UUID openedBy,
        Instant openedAt,
        List<CoalitionStep> steps) {

    record CoalitionApplicationResponse(
            UUID id,
            UUID personId,
            String motivation,
            String energy,
            String initiativeInterest,
            Instant appliedAt,
            Double meanAttitude,
            Double meanEnergy,
            Integer ratings,
            CoalitionRatingResponse yourRating) {

        /** The application as {@code viewer} sees it: without the panel's ratings when it is their own. */
        static CoalitionApplicationResponse of(CoalitionApplication a, PersonId viewer) {
            if (a.personId().equals(viewer)) {
                return new CoalitionApplicationResponse(
                        a.id(),
                        a.personId().value(),
                        a.motivation(),
                        a.energy(),
                        a.initiativeInterest(),
                        a.appliedAt(),
                        null,
                        null,
                        null,
                        null);
            }
            var rated = a.rated();
            return new CoalitionApplicationResponse(
                    a.id(),
                    a.personId().value(),
                    a.motivation(),
                    a.energy(),
                    a.initiativeInterest(),
                    a.appliedAt(),
                    rated.attitude(),
                    rated.energy(),
                    rated.ratings(),
                    a.ratingBy(viewer)
                            .map(r -> new CoalitionRatingResponse(r.attitude(), r.energy()))
                            .orElse(null));
        }
    }

    record CoalitionRatingResponse(int attitude, int energy) {}

    static CoalitionCallResponse of(CoalitionCall call, PersonId viewer, Instant now) {
        return of(call, viewer, now, CoalitionRules.isOnPanel(call, viewer));
    }

    /** A call as a listing shows it: read without every application, so it lists none. */
    static CoalitionCallResponse listed(CoalitionCall call, PersonId viewer, Instant now) {
        return of(call, viewer, now, false);
    }

    private static CoalitionCallResponse of(CoalitionCall call, PersonId viewer, Instant now, boolean panel) {
        return new CoalitionCallResponse(
                call.id(),
                call.status(now),
                call.seats(),
                call.terms().closesOn(),
                call.terms().criteria(),
                call.panelIds().stream().map(PersonId::value).toList(),
                call.applicationsCount(),
                panel
                        ? call.applications().stream()
                                .map(a -> CoalitionApplicationResponse.of(a, viewer))
                                .toList()
                        : null,
                call.applicationOf(viewer)
                        .map(a -> CoalitionApplicationResponse.of(a, viewer))
                        .orElse(null),
                call.decisionId().map(d -> d.value()).orElse(null),
                call.adopted().stream().map(PersonId::value).toList(),
                call.openedBy().value(),
                call.openedAt(),
                call.stepsOpenTo(viewer, now).stream().sorted().toList());
    }
}
