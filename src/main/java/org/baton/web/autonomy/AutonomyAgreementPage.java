package org.baton.web.autonomy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.baton.roles.AutonomyDimension;
import org.baton.roles.AutonomyFit;
import org.baton.roles.AutonomySide;

/**
 * What an autonomy agreement's page shows: its parties by name, the stage per dimension, the review date, the
 * check-ins newest first, and the dimensions a mismatch shows on. {@code takesPart} says whether the viewer is a
 * party, who may check in and agree new stages, rather than the led person's steward, who only follows it.
 */
public record AutonomyAgreementPage(
        UUID id,
        String context,
        Party leader,
        Party led,
        List<Stage> stages,
        LocalDate reviewOn,
        List<CheckIn> checkIns,
        Set<AutonomyDimension> mismatched,
        long version,
        boolean takesPart) {

    /** A party by name, with the page it links to. */
    public record Party(String name, String href) {}

    public record Stage(AutonomyDimension dimension, int stage) {}

    /** One check-in, its fits in the dimensions' order. */
    public record CheckIn(Instant at, String by, UUID byId, AutonomySide side, List<AutonomyFit> fits, String note) {}

    public boolean mismatch() {
        return !mismatched.isEmpty();
    }

    /** The dimensions, in their order, for headings of the check-in table and the form. */
    public List<AutonomyDimension> dimensions() {
        return List.of(AutonomyDimension.values());
    }
}
